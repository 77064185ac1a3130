package siteops.app.readmodel;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The planner's rules the query plan test holds the read side to. */
class IndexUseTest {

    private static final List<Document> INDEXES = List.of(new Document("_id", 1),
            new Document("siteId", 1).append("sequence", -1));

    private static boolean served(String filter, String sort) {
        return IndexUse.indexFor("find", Document.parse(filter), sort == null ? null : Document.parse(sort), INDEXES)
                .isPresent();
    }

    @Test
    void leadingKeysGivenAsValuesAndTheSortThatFollowsAreServed() {
        assertThat(served("{siteId: 's1'}", "{sequence: -1}")).isTrue();
        assertThat(served("{siteId: 's1'}", "{sequence: 1}")).as("the index read backwards").isTrue();
        assertThat(served("{siteId: 's1', sequence: {$gt: 4}}", null)).isTrue();
        assertThat(served("{_id: {$in: ['a', 'b']}}", null)).isTrue();
        assertThat(served("{}", "{_id: 1}")).as("the order of an index, read whole").isTrue();
    }

    @Test
    void aQueryNoIndexLeadsWithIsNotServed() {
        assertThat(served("{sequence: 3}", null)).isFalse();
        assertThat(served("{status: 'Ready'}", "{_id: 1}")).isFalse();
        assertThat(served("{siteId: {$regex: 's'}}", null)).isFalse();
        assertThat(served("{}", null)).as("a scan of the whole collection").isFalse();
    }

    @Test
    void aSortTheIndexDoesNotGiveIsNotServed() {
        assertThat(served("{siteId: 's1'}", "{name: 1}")).isFalse();
        assertThat(served("{}", "{sequence: -1}")).isFalse();
    }

    @Test
    void anOrIsServedWhenEveryBranchIs() {
        assertThat(served("{$or: [{_id: 'a'}, {siteId: 's1'}]}", null)).isTrue();
        assertThat(served("{$or: [{_id: 'a'}, {status: 'Ready'}]}", null)).isFalse();
    }

    @Test
    void aCountOfEverythingNeedsNoIndex() {
        assertThat(IndexUse.indexFor("count", new Document(), null, INDEXES)).hasValue("the collection's metadata");
    }
}
