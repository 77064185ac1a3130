package siteops.command.update;

import java.util.ArrayList;
import java.util.List;

/** Remembers which companies it was asked to convert. */
class RecordingConversionAgent implements ConversionAgent {

    private final List<ConversionRequest> requests = new ArrayList<>();

    @Override
    public void convert(ConversionRequest request) {
        requests.add(request);
    }

    List<String> companiesAskedFor() {
        return requests.stream().map(ConversionRequest::company).toList();
    }

    ConversionRequest last() {
        return requests.get(requests.size() - 1);
    }
}
