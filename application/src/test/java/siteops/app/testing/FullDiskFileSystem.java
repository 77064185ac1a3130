package siteops.app.testing;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;

/**
 * H2 files on the disk, except that the disk can be made full: writes then fail as they do when
 * the device has no space left. Used as {@code jdbc:h2:fulldisk:/path/to/db}, after {@link #install()}.
 */
public class FullDiskFileSystem extends FilePathWrapper {

    private static final String SCHEME = "fulldisk";
    private static volatile boolean full;

    public static void install() {
        FilePath.register(new FullDiskFileSystem());
    }

    public static void fill() {
        full = true;
    }

    public static void free() {
        full = false;
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new FillingChannel(getBase().open(mode));
    }

    private static void requireSpace() throws IOException {
        if (full) {
            throw new IOException("No space left on device");
        }
    }

    private static final class FillingChannel extends FileBase {

        private final FileChannel base;

        FillingChannel(FileChannel base) {
            this.base = base;
        }

        @Override
        public int read(ByteBuffer destination) throws IOException {
            return base.read(destination);
        }

        @Override
        public synchronized int read(ByteBuffer destination, long position) throws IOException {
            return base.read(destination, position);
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            requireSpace();
            return base.write(source);
        }

        @Override
        public synchronized int write(ByteBuffer source, long position) throws IOException {
            requireSpace();
            return base.write(source, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            requireSpace();
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
