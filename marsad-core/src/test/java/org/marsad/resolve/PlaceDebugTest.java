package org.marsad.resolve;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.document.Document;
import org.marsad.document.Layers;
import org.marsad.document.Metadata;
import org.marsad.document.Mention;
import org.marsad.document.PlaceMention;

class PlaceDebugTest {
    @Test
    void dump() throws Exception {
        String f = System.getProperty("debugFile");
        Assumptions.assumeTrue(f != null);
        Document d = DevGoldPlaces.pipeline().apply(Document.of("x", Files.readString(Path.of(f)), Metadata.EMPTY));
        for (Mention m : d.get(Layers.MENTIONS)) {
            System.out.println("M " + m.type() + " «" + m.text() + "» " + m.canonical().orElse("-") + " " + m.origin());
        }
        for (PlaceMention p : d.get(Layers.PLACES)) {
            System.out.println("P «" + p.text() + "» " + p.place().name() + " " + p.place().country() + " prec=" + p.precision() + " | " + p.why());
        }
    }
}
