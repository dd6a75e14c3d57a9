package org.marsad.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.marsad.output.JsonOutput;

/**
 * A table's columns, each with its type and how it is read from an object of {@code marsad
 * extract}'s JSON ({@code docs/OUTPUT.md}): one list gives both the schema and the rows, so they
 * cannot disagree. JSON nulls and absent fields become SQL nulls.
 */
final class Columns {
    private record Column(String name, DataType type, Function<JsonNode, Object> value) {
    }

    private final List<Column> columns = new ArrayList<>();

    Columns string(String name, String... path) {
        return add(name, DataTypes.StringType, n -> {
            JsonNode v = at(n, path);
            return v == null ? null : v.asText();
        });
    }

    Columns integer(String name, String... path) {
        return add(name, DataTypes.IntegerType, n -> {
            JsonNode v = at(n, path);
            return v == null || !v.canConvertToInt() ? null : v.asInt();
        });
    }

    Columns bigint(String name, String... path) {
        return add(name, DataTypes.LongType, n -> {
            JsonNode v = at(n, path);
            return v == null || !v.canConvertToLong() ? null : v.asLong();
        });
    }

    Columns decimal(String name, String... path) {
        return add(name, DataTypes.DoubleType, n -> {
            JsonNode v = at(n, path);
            return v == null || !v.isNumber() ? null : v.asDouble();
        });
    }

    Columns bool(String name, String... path) {
        return add(name, DataTypes.BooleanType, n -> {
            JsonNode v = at(n, path);
            return v == null ? null : v.asBoolean();
        });
    }

    /** An ISO date ({@code 2020-03-29}) as a SQL date. */
    Columns date(String name, String... path) {
        return add(name, DataTypes.DateType, n -> {
            JsonNode v = at(n, path);
            return v == null ? null : sqlDate(v.asText());
        });
    }

    /** An array of strings; the elements' {@code canonical} when they are objects. */
    Columns strings(String name, String... path) {
        return add(name, DataTypes.createArrayType(DataTypes.StringType), n -> {
            JsonNode v = at(n, path);
            if (v == null || !v.isArray()) {
                return null;
            }
            List<String> out = new ArrayList<>();
            v.forEach(e -> out.add(e.isObject() ? e.path("canonical").asText() : e.asText()));
            return Tables.seq(out);
        });
    }

    /** The whole object as compact JSON text. */
    Columns json(String name) {
        return add(name, DataTypes.StringType, JsonOutput::write);
    }

    Columns add(String name, DataType type, Function<JsonNode, Object> value) {
        columns.add(new Column(name, type, value));
        return this;
    }

    StructType schema() {
        List<StructField> f = new ArrayList<>();
        for (Column c : columns) {
            f.add(DataTypes.createStructField(c.name(), c.type(), true));
        }
        return DataTypes.createStructType(f);
    }

    Object[] values(JsonNode n) {
        Object[] v = new Object[columns.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = columns.get(i).value().apply(n);
        }
        return v;
    }

    Row row(JsonNode n) {
        return RowFactory.create(values(n));
    }

    private static JsonNode at(JsonNode n, String... path) {
        JsonNode v = n;
        for (String p : path) {
            v = v == null ? null : v.get(p);
        }
        return v == null || v.isNull() || v.isMissingNode() ? null : v;
    }

    static java.sql.Date sqlDate(String iso) {
        if (iso == null || iso.isEmpty()) {
            return null;
        }
        return java.sql.Date.valueOf(java.time.LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso));
    }
}
