// CSV header cells and cell values: neo4j-admin style declarations, inference, and the messages for misfits.
import { describe, expect, it } from "vitest";
import { convertCell, parseColumn, type Column } from "../../../../server/domain/import/csv-header.js";

const column = (header: string) => parseColumn(header) as Column;

describe("parseColumn", () => {
  it("reads neo4j-admin roles and plain names alike", () => {
    expect(column("id:ID")).toMatchObject({ role: "id", name: "id" });
    expect(column(":START_ID")).toMatchObject({ role: "source" });
    expect(column("target")).toMatchObject({ role: "target" });
    expect(column("kind:LABEL")).toMatchObject({ role: "type" });
    expect(column("evidence.sourceId")).toMatchObject({ role: "evidence.sourceId" });
  });

  it("reads a typed property and a list", () => {
    expect(column("founded:int")).toMatchObject({
      role: "property",
      name: "founded",
      kind: "int",
      list: false,
    });
    expect(column("tags:string[]")).toMatchObject({ name: "tags", kind: "string", list: true });
  });

  it("names the unknown type of a column", () => {
    expect(parseColumn("size:huge")).toMatch(/unknown column type "huge"/);
  });
});

describe("convertCell", () => {
  it("keeps declared types: integers, decimals, booleans, dates and lists", () => {
    expect(convertCell(column("n:int"), "42")).toEqual({ value: 42 });
    expect(convertCell(column("x:float"), "-1.5e3")).toEqual({ value: -1500 });
    expect(convertCell(column("ok:boolean"), "TRUE")).toEqual({ value: true });
    expect(convertCell(column("d:date"), "2024-05")).toEqual({ value: "2024-05" });
    expect(convertCell(column("ys:int[]"), "1;2")).toEqual({ value: [1, 2] });
  });

  it("infers untyped cells, keeping zero-padded codes as text", () => {
    expect(convertCell(column("a"), "12")).toEqual({ value: 12 });
    expect(convertCell(column("a"), "0.25")).toEqual({ value: 0.25 });
    expect(convertCell(column("a"), "false")).toEqual({ value: false });
    expect(convertCell(column("a"), "007")).toEqual({ value: "007" });
    expect(convertCell(column("a"), "")).toEqual({});
  });

  it("explains a value that does not fit its column", () => {
    expect(convertCell(column("n:int"), "1.5")).toEqual({ error: '"1.5" is not an integer' });
    expect(convertCell(column("d:date"), "May 2024").error).toMatch(/not an ISO date/);
    expect(convertCell(column("ok:boolean"), "yes").error).toBe('"yes" is not true or false');
  });
});
