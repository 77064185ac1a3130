package siteops.bench;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;

/** The update wave over time: sites done, and how far the sites read model is behind the events. */
final class WaveChart {

    private WaveChart() {
    }

    static void write(UpdateWave.Result wave, int sites, Path png) throws IOException {
        XYSeries completed = new XYSeries("sites Ready on the new version");
        XYSeries lag = new XYSeries("sites read model: events behind");
        for (UpdateWave.Sample sample : wave.samples()) {
            completed.add(sample.second(), sample.sitesCompleted());
            lag.add(sample.second(), sample.readModelLag());
        }
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(new NumberAxis("seconds since the first request"));
        plot.setDataset(0, new XYSeriesCollection(completed));
        plot.setRangeAxis(0, new NumberAxis("sites (of " + sites + ")"));
        plot.setRenderer(0, line(new Color(0x1f77b4)));
        plot.setDataset(1, new XYSeriesCollection(lag));
        plot.setRangeAxis(1, new NumberAxis("events behind"));
        plot.setRenderer(1, line(new Color(0xd62728)));
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart("Update wave: " + sites + " sites, " + wave.events() + " events in "
                + String.format("%.1f", wave.secondsToAllReady()) + " s", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 1000, 520);
    }

    private static XYLineAndShapeRenderer line(Color color) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, color);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        return renderer;
    }
}
