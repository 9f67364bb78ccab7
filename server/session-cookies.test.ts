import { makeSignature } from "better-auth/crypto";
import { readRequestCookies, readSignedCookie } from "./session-cookies";

const SECRET = "test-secret-that-is-at-least-32-characters-long";
const NAME = "better-auth.session_token";

// readSignedCookie reads plain headers itself (no better-call context); anything else goes through
// better-call's own parser, as readRequestCookies always does. Both must answer alike on every header.
describe("readSignedCookie", () => {
  it("answers exactly as better-call's parser does, on plain and odd headers alike", async () => {
    const token = "o5Gnxs21EjnJGDdDUUXOlfFmxZpSSClj";
    const signed = encodeURIComponent(`${token}.${await makeSignature(token, SECRET)}`);
    const other = encodeURIComponent(`other.${await makeSignature("other", SECRET)}`);
    const headers = [
      `${NAME}=${signed}; better-auth.session_data=abc`,
      `${NAME}=${signed}`,
      ` ${NAME} = ${signed} ;`,
      `foo; ${NAME}=${signed}`,
      `a=1; ${NAME}=${signed}; ${NAME}=${other}`, // repeated: the first wins
      `${NAME}=${other}; ${NAME}=${signed}`,
      `${NAME}="${signed}"`, // quoted
      `x=${NAME}=${signed}`, // inside another cookie's value: no session
      `${NAME}=%E0%A4%A`, // bad percent-encoding
      `${NAME}=${signed.slice(0, -4)}AAA%3D`, // another signature
      `${NAME}=${token}`, // unsigned
      `${NAME}=`,
      "=;;=;",
      `__Secure-${NAME}=${signed}`,
    ];
    const answers = [];
    for (const header of headers) {
      const reference = (await readRequestCookies(new Headers({ cookie: header }), { signed: [NAME], secret: SECRET }))[NAME] ?? null;
      const read = await readSignedCookie(new Headers({ cookie: header }), NAME, SECRET);
      expect(read, header).toBe(reference);
      answers.push(read);
    }
    // The cases differ: some read the token, some the other, some nothing.
    expect(new Set(answers)).toEqual(new Set([token, "other", null]));
    expect(await readSignedCookie(new Headers(), NAME, SECRET)).toBeNull();
  });
});

describe("signatures remembered once verified", () => {
  it("still answers by secret and by exact value: another secret, a changed token or signature read nothing", async () => {
    const token = "Remembered0000000000000000000000";
    const signature = await makeSignature(token, SECRET);
    const cookie = (value: string) => new Headers({ cookie: `${NAME}=${encodeURIComponent(value)}` });
    for (let i = 0; i < 3; i++) expect(await readSignedCookie(cookie(`${token}.${signature}`), NAME, SECRET)).toBe(token);
    expect(await readSignedCookie(cookie(`${token}.${signature}`), NAME, `${SECRET}-rotated`)).toBeNull();
    expect(await readSignedCookie(cookie(`${token.slice(0, -1)}1.${signature}`), NAME, SECRET)).toBeNull();
    expect(await readSignedCookie(cookie(`${token}.${signature.slice(0, -3)}AA=`), NAME, SECRET)).toBeNull();
    expect(await readSignedCookie(cookie(`${token}.${signature}`), NAME, SECRET)).toBe(token);
  });

  it("keeps answering rightly past its limit (the oldest forgotten, then verified again)", async () => {
    const tokens = Array.from({ length: 1100 }, (_, i) => `t${String(i).padStart(31, "0")}`);
    const headers = await Promise.all(tokens.map(async (t) => new Headers({ cookie: `${NAME}=${encodeURIComponent(`${t}.${await makeSignature(t, SECRET)}`)}` })));
    for (const [i, h] of headers.entries()) expect(await readSignedCookie(h, NAME, SECRET)).toBe(tokens[i]);
    for (const [i, h] of headers.entries()) expect(await readSignedCookie(h, NAME, SECRET)).toBe(tokens[i]);
  });
});
