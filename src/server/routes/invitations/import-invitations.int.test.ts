import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestApp,
  demoEmail,
  loginAs,
  type Session,
  type TestApp,
} from "../../../../test/test-app.js";
import { TEST_DATABASES } from "../../../../test/test-db.js";

const CSV = [
  "naam;e-mail;rol",
  "Anna Bakker;anna.bakker@coa.test;mentor",
  ";zonder.naam@coa.test;mentor",
  "Geen Adres;geen-adres;mentor",
  "Verkeerde Rol;rol@coa.test;koning",
  "Baas;baas@coa.test;system_admin",
  `Bestaat Al;${demoEmail("mentor")};mentor`,
  "Anna Twee;ANNA.BAKKER@coa.test;team_lead",
].join("\r\n");

/** Issue 19: bulk onboarding from CSV with a dry run that names every problem per line. */
describe.each(TEST_DATABASES)("inviting colleagues from a CSV (%s)", (kind) => {
  let t: TestApp;
  let admin: Session;
  const send = (csv: string, dryRun: boolean) =>
    admin.request({
      method: "POST",
      url: "/api/admin/invitations/import",
      payload: { csv, dryRun },
    });
  const invitations = () => t.deps.db.selectFrom("invitations").select("email").execute();

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await loginAs(t.app, demoEmail("org_admin"));
  });
  afterAll(() => t.close());

  it("the dry run lists every problem per line and creates nothing", async () => {
    const res = await send(CSV, true);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ lines: { line: number; problems: string[] }[]; valid: number }>();
    expect(body.lines.map((l) => [l.line, l.problems])).toEqual([
      [2, []],
      [3, ["name_missing"]],
      [4, ["email_invalid"]],
      [5, ["role_unknown"]],
      [6, ["role_not_allowed"]],
      [7, ["email_taken"]],
      [8, ["email_twice"]],
    ]);
    expect(body.valid).toBe(1);
    expect(await invitations()).toEqual([]);
  });

  it("the real run with problems is refused as a whole (400, per line) and creates nothing", async () => {
    const res = await send(CSV, false);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe("csv.line.3");
    expect(await invitations()).toEqual([]);
  });

  it("a clean file creates every invitation with its mail, logged per invitation and once for the import", async () => {
    const res = await send(
      'name,email,role\nAnna Bakker,anna.bakker@coa.test,mentor\n"Jansen, Piet",piet@coa.test,team_lead\n',
      false,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ created: 2, invalid: 0 });
    expect((await invitations()).map((i) => i.email).sort()).toEqual([
      "anna.bakker@coa.test",
      "piet@coa.test",
    ]);
    const mails = await t.deps.db
      .selectFrom("mail_outbox")
      .select("recipient")
      .where("template", "=", "invitation")
      .execute();
    expect(mails).toHaveLength(2);
    const actions = await t.deps.db
      .selectFrom("audit_log")
      .select("action")
      .where("action", "in", ["invitation.create", "invitation.import"])
      .execute();
    expect(actions.map((a) => a.action).sort()).toEqual([
      "invitation.create",
      "invitation.create",
      "invitation.import",
    ]);
  });

  it("a file without the three columns is a 400 naming the header", async () => {
    const res = await send("voornaam,achternaam\nA,B\n", true);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { message: string }[] }>().errors[0]?.message).toBe("header");
  });
});
