package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFilesTest {
    @TempDir
    Path dir;

    @Test
    void modeBitsBecomePosixPermissions() {
        assertEquals(PosixFilePermissions.fromString("rwxr-xr--"), LocalFiles.Raw.posix((short) 0754));
        assertEquals(PosixFilePermissions.fromString("rw-------"), LocalFiles.Raw.posix((short) 0600));
        assertEquals(PosixFilePermissions.fromString("---------"), LocalFiles.Raw.posix((short) 0));
    }

    @Test
    void createsFilesAndFoldersWithTheirChecksumsAndPermissions() throws Exception {
        Configuration conf = new Configuration();
        conf.set("fs.file.impl", LocalFiles.class.getName());
        conf.setBoolean("fs.file.impl.disable.cache", true);
        FileSystem fs = FileSystem.get(dir.toUri(), conf);
        assertEquals(LocalFiles.class, fs.getClass());
        org.apache.hadoop.fs.Path f = new org.apache.hadoop.fs.Path(dir.toUri().toString(), "t/pub_date=2016-02-01/part.bin");
        try (FSDataOutputStream out = fs.create(f)) {
            out.writeUTF("مرصد");
        }
        Path written = dir.resolve("t/pub_date=2016-02-01/part.bin");
        assertEquals(PosixFilePermissions.fromString("rw-r--r--"), Files.getPosixFilePermissions(written));
        assertEquals(true, Files.exists(dir.resolve("t/pub_date=2016-02-01/.part.bin.crc")));
        fs.setPermission(f, new FsPermission((short) 0640));
        assertEquals(PosixFilePermissions.fromString("rw-r-----"), Files.getPosixFilePermissions(written));
        try (var in = fs.open(f)) {
            assertEquals("مرصد", in.readUTF());
        }
    }
}
