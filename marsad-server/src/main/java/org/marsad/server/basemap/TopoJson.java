package org.marsad.server.basemap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts the country outlines of a TopoJSON file (Natural Earth via the npm package
 * {@code world-atlas}) to a GeoJSON FeatureCollection for the dashboard's offline basemap, keeping
 * the countries whose bounding box meets a region and rounding coordinates. The rules of TopoJSON
 * decoding: arcs are quantized and delta-encoded (each point adds to the previous one, then
 * {@code transform} scales and translates); a negative arc index {@code ~i} is arc {@code i}
 * reversed; a ring joins its arcs, dropping the first point of every arc after the first.
 *
 * <p>The committed basemap was made with (see {@code docs/SERVER.md}):
 * <pre>{@code
 * npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
 * java -cp marsad-cli/target/marsad.jar org.marsad.server.basemap.TopoJson \
 *   package/countries-50m.json marsad-server/src/main/resources/public/basemap/countries.geojson -25,0,75,50 2
 * }</pre>
 */
public final class TopoJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final double[][][] arcs;

    private TopoJson(JsonNode topo) {
        JsonNode tr = topo.get("transform");
        double sx = tr == null ? 1 : tr.get("scale").get(0).asDouble();
        double sy = tr == null ? 1 : tr.get("scale").get(1).asDouble();
        double tx = tr == null ? 0 : tr.get("translate").get(0).asDouble();
        double ty = tr == null ? 0 : tr.get("translate").get(1).asDouble();
        JsonNode a = topo.get("arcs");
        arcs = new double[a.size()][][];
        for (int i = 0; i < a.size(); i++) {
            JsonNode arc = a.get(i);
            arcs[i] = new double[arc.size()][];
            long x = 0;
            long y = 0;
            for (int k = 0; k < arc.size(); k++) {
                if (tr != null) {
                    x += arc.get(k).get(0).asLong();
                    y += arc.get(k).get(1).asLong();
                    arcs[i][k] = new double[] {x * sx + tx, y * sy + ty};
                } else {
                    arcs[i][k] = new double[] {arc.get(k).get(0).asDouble(), arc.get(k).get(1).asDouble()};
                }
            }
        }
    }

    /** The GeoJSON features of {@code object} that meet {@code bbox} (minLon, minLat, maxLon, maxLat). */
    public static ObjectNode convert(JsonNode topo, String object, double[] bbox, int decimals) {
        TopoJson t = new TopoJson(topo);
        ObjectNode fc = JSON.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (JsonNode g : topo.get("objects").get(object).get("geometries")) {
            List<List<List<double[]>>> polygons = new ArrayList<>();
            String type = g.path("type").asText();
            if (type.equals("Polygon")) {
                polygons.add(t.polygon(g.get("arcs")));
            } else if (type.equals("MultiPolygon")) {
                for (JsonNode p : g.get("arcs")) {
                    polygons.add(t.polygon(p));
                }
            } else {
                continue;
            }
            if (!meets(polygons, bbox)) {
                continue;
            }
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.putObject("properties").put("name", g.path("properties").path("name").asText(""));
            ObjectNode geom = f.putObject("geometry");
            geom.put("type", "MultiPolygon");
            ArrayNode mp = geom.putArray("coordinates");
            for (List<List<double[]>> poly : polygons) {
                ArrayNode pa = mp.addArray();
                for (List<double[]> ring : poly) {
                    ArrayNode ra = pa.addArray();
                    double[] last = null;
                    for (double[] pt : ring) {
                        double x = round(pt[0], decimals);
                        double y = round(pt[1], decimals);
                        if (last != null && last[0] == x && last[1] == y) {
                            continue;
                        }
                        ra.addArray().add(x).add(y);
                        last = new double[] {x, y};
                    }
                }
            }
        }
        return fc;
    }

    private List<List<double[]>> polygon(JsonNode rings) {
        List<List<double[]>> out = new ArrayList<>();
        for (JsonNode ring : rings) {
            List<double[]> pts = new ArrayList<>();
            for (JsonNode idx : ring) {
                int i = idx.asInt();
                double[][] arc = arcs[i < 0 ? ~i : i];
                int n = arc.length;
                for (int k = 0; k < n; k++) {
                    double[] p = i < 0 ? arc[n - 1 - k] : arc[k];
                    if (k == 0 && !pts.isEmpty()) {
                        continue;
                    }
                    pts.add(p);
                }
            }
            out.add(pts);
        }
        return out;
    }

    private static boolean meets(List<List<List<double[]>>> polygons, double[] b) {
        for (List<List<double[]>> p : polygons) {
            for (double[] pt : p.get(0)) {
                if (pt[0] >= b[0] && pt[0] <= b[2] && pt[1] >= b[1] && pt[1] <= b[3]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    /** {@code TopoJson IN.json OUT.geojson minLon,minLat,maxLon,maxLat DECIMALS} */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: TopoJson IN.topojson OUT.geojson minLon,minLat,maxLon,maxLat DECIMALS");
            return;
        }
        String[] b = args[2].split(",");
        double[] bbox = {Double.parseDouble(b[0]), Double.parseDouble(b[1]), Double.parseDouble(b[2]),
            Double.parseDouble(b[3])};
        ObjectNode out = convert(JSON.readTree(Path.of(args[0]).toFile()), "countries", bbox, Integer.parseInt(args[3]));
        Files.createDirectories(Path.of(args[1]).toAbsolutePath().getParent());
        Files.writeString(Path.of(args[1]), JSON.writeValueAsString(out));
        System.err.println(args[1] + ": " + out.get("features").size() + " countries");
    }
}
