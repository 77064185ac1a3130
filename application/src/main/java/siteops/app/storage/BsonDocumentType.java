package siteops.app.storage;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;

/** The documents of a collection in the embedded file store, as BSON ({@link BsonValues}). */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    private BsonDocumentType() {
    }

    @Override
    public int getMemory(Document document) {
        return BsonValues.memory(document);
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        BsonValues.write(buffer, document);
    }

    @Override
    public Document read(ByteBuffer buffer) {
        return BsonValues.read(buffer);
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
