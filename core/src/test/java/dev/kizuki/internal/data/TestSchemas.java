package dev.kizuki.internal.data;

import dev.kizuki.Column;
import dev.kizuki.ColumnType;
import dev.kizuki.DatasetSchema;
import dev.kizuki.EnumValue;
import dev.kizuki.Text;
import java.util.List;

/** Schemas shared by the tests of this package. */
final class TestSchemas {
  private TestSchemas() {}

  static Column column(String name, ColumnType type, boolean required) {
    return new Column(name, type, required, Text.EMPTY, List.of(), "");
  }

  static Column criticality(boolean required) {
    return new Column(
        "criticality",
        ColumnType.ENUM,
        required,
        Text.EMPTY,
        List.of(
            new EnumValue("high", Text.of("高", "High"), List.of("高", "H")),
            new EnumValue("medium", Text.of("中", "Medium"), List.of("中")),
            new EnumValue("low", Text.of("低", "Low"), List.of("低"))),
        "");
  }

  /** system_id (key, required), name, criticality (required enum), internet_facing, last_backup, servers, cost. */
  static DatasetSchema systems() {
    return new DatasetSchema(
        "systems",
        Text.of("システム", "Systems"),
        Text.EMPTY,
        "system_id",
        List.of(
            column("system_id", ColumnType.STRING, true),
            column("name", ColumnType.STRING, false),
            criticality(true),
            column("internet_facing", ColumnType.BOOLEAN, false),
            column("last_backup", ColumnType.DATE, false),
            column("servers", ColumnType.INTEGER, false),
            column("cost", ColumnType.DECIMAL, false)));
  }

  /** Just system_id (key, required) and name. */
  static DatasetSchema twoColumns() {
    return new DatasetSchema(
        "pairs",
        Text.of("組", "Pairs"),
        Text.EMPTY,
        "system_id",
        List.of(column("system_id", ColumnType.STRING, true), column("name", ColumnType.STRING, false)));
  }
}
