package org.marsad.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file:} paths, with its checksum files) whose permission
 * changes are made by Java, not by a {@code chmod} process. Without Hadoop's native library,
 * {@link RawLocalFileSystem#setPermission} starts a {@code chmod} process for every file and folder it
 * creates: a Parquet file, its checksum file and its date folder cost three process starts, and a
 * task writing the tables spent more of its time waiting for them than computing (a JFR profile of
 * {@code local[1]} showed the task threads waiting in {@code Shell.runCommand} under
 * {@code setPermission}). Set as {@code fs.file.impl} by {@link MarsadSpark} and the benchmark
 * unless the user chose another; cluster file systems (HDFS, S3) are not concerned. Falls back to
 * Hadoop's way where the file system has no POSIX permissions.
 */
public final class LocalFiles extends LocalFileSystem {
    public LocalFiles() {
        super(new Raw());
    }

    /** The raw local file system with permissions set through {@code java.nio}. */
    static final class Raw extends RawLocalFileSystem {
        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            java.nio.file.Path f = pathToFile(p).toPath();
            if (!f.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                super.setPermission(p, permission);
                return;
            }
            Files.setPosixFilePermissions(f, posix(permission.toShort()));
        }

        static Set<PosixFilePermission> posix(short mode) {
            Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
            PosixFilePermission[] bits = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
                    PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
                    PosixFilePermission.OWNER_READ};
            for (int i = 0; i < bits.length; i++) {
                if ((mode & (1 << i)) != 0) {
                    s.add(bits[i]);
                }
            }
            return s;
        }
    }

    /** The Spark property that makes {@code file:} paths use this class. */
    static final String PROPERTY = "spark.hadoop.fs.file.impl";
}
