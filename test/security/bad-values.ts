// Bad values for the bad-input flood: wrong types, sizes, encodings, keys, bodies, content types and methods.

/** JSON values that break types, sizes and encodings. None mentions a path or a stack frame: answers echo them. */
export const JSON_VALUES: unknown[] = [
  ...[
    "",
    " ",
    "\t\n",
    "a".repeat(10_000),
    "b".repeat(100_000),
    "\u0000",
    "a\u0000b",
    "😀".repeat(50),
    "\ud800",
  ],
  ...[
    "\udfff",
    "e\u0301",
    "\u202eevil",
    "ＡＢＣ",
    "İß",
    "../../etc/passwd",
    "..\\..\\boot.ini",
    "%00",
    "%zz",
  ],
  ...[
    "<script>alert(1)</script>",
    "' OR 1=1 //",
    "${process.env}",
    "{{7*7}}",
    "null",
    "NaN",
    "-1",
    "1e999",
    "[]",
  ],
  ...["Company", "FUNDS", "json", "md", "2022-13-45", "a b/c?d#e"],
  ...[0, -1, 1.5, -0, 1e308, -1e308, 2 ** 53 + 1, 1e-300, 2147483648, 4294967296],
  ...[true, false, null, [], [null], [1, 2, 3], ["a"], [[["x"]]], {}, { a: { b: {} } }, { "": 1 }],
  Array.from({ length: 3000 }, (_, i) => `id-${i}`),
  Array.from({ length: 10_000 }, () => 0),
];
/** Query and path values before encoding. */
export const TEXT_VALUES = [
  ...[
    "",
    " ",
    "-1",
    "0",
    "1",
    "NaN",
    "Infinity",
    "-Infinity",
    "1e309",
    "99999999999999999999",
    "0x10",
    "1.5",
  ],
  ...[" 5 ", "+5", "٣", "true", "null", "[]", "{}", "a".repeat(2000), "😀", "\u0000", "a\u0000b", "\u202e"],
  ...[
    ",,,",
    "Country,Nope",
    "FUNDS,,",
    "../etc",
    "<b>x</b>",
    "' OR 1=1 //",
    "2022-13-45",
    "0000",
    "both",
    "in",
  ],
  ...["sideways", "html", "md", "json", "xml", "csv", "gexf", "false", "yes", "a,b,c,d,e,f,g,h,i,j,k,l"],
];
/** Already-encoded text, sent as is: malformed %-escapes, an encoded lone surrogate, encoded dots and slashes. */
export const RAW_ESCAPES = [
  "%",
  "%zz",
  "%E0%A4%A",
  "%C0%AF",
  "%ff%fe",
  "%00",
  "%2e%2e%2f",
  "%ED%A0%80",
  "a+b",
  "%%",
  "%u0041",
];
export const ODD_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "",
  "$where",
  "k".repeat(500),
];
export const BAD_BODIES = [
  "",
  "{",
  "nul",
  "{'a':1}",
  "\ufeff{}",
  "NaN",
  "[1,]",
  '{"a":1}{"b":2}',
  "\u0000",
  '{"a":"\\x"}',
];
export const TOP_LEVEL = ["[]", '"text"', "42", "null", "true", "[{}]"];
export const CONTENT_TYPES = [
  ...[
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data",
    "application/json; charset=utf-7",
  ],
  ...[
    "application/json; charset=latin1",
    "application/jsonx",
    "application/*",
    "application/xml",
    "text/csv",
  ],
];
export const METHODS = ["PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "POST", "GET"];
