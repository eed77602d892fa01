// A person's first steps through the typed client: register, verify the e-mail, log in, list the consents,
// withdraw one, upload an image. Every call is typed by the paths of the served OpenAPI document (schema.d.ts),
// so a change of the contract breaks this program's compilation. Exits non-zero on any failure.
//
// Environment: PIXYER_API (base URL), PIXYER_EMAIL (the address to register), PIXYER_TOKEN_FILE (where the
// verification token from the mail will be written; polled), PIXYER_IMAGE (a PNG to upload).
import { readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import createClient, { type Middleware } from "openapi-fetch";
import type { paths } from "./schema.js";

const password = "Sunny-Meadow-2024";
const withdrawnPurpose = "marketing_email";

type UploadForm = NonNullable<paths["/api/v1/uploads"]["post"]["requestBody"]>["content"]["multipart/form-data"];

function setting(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
}

function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) {
    throw new Error(`${what} is missing`);
  }
  return value;
}

/** The body of a successful answer; a problem document (or none) fails the journey with its status. */
async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>, step: string): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) {
    throw new Error(`${step}: HTTP ${response.status} ${JSON.stringify(error ?? null)}`);
  }
  console.log(`${step}: HTTP ${response.status}`);
  return data;
}

async function verificationToken(file: string): Promise<string> {
  for (let attempt = 0; attempt < 120; attempt++) {
    const token = await readFile(file, "utf8").catch(() => "");
    if (token.trim()) {
      return token.trim();
    }
    await sleep(500);
  }
  throw new Error(`no verification token appeared in ${file}`);
}

async function main(): Promise<void> {
  const baseUrl = setting("PIXYER_API");
  const email = setting("PIXYER_EMAIL");
  const client = createClient<paths>({ baseUrl });

  const policy = await ok(client.GET("/api/v1/policies/current"), "read the current policy");
  await ok(
    client.POST("/api/v1/accounts", {
      body: {
        username: email.split("@")[0].replace(/[^A-Za-z0-9_]/g, "_"),
        email,
        password,
        dateOfBirth: "1990-05-17",
        acceptedPolicyVersion: must(policy.version, "policy version"),
        consents: [withdrawnPurpose],
      },
    }),
    "register",
  );

  const token = await verificationToken(setting("PIXYER_TOKEN_FILE"));
  await ok(client.POST("/api/v1/accounts/email-verification", { body: { token } }), "verify the e-mail");

  const session = await ok(client.POST("/api/v1/sessions", { body: { email, password } }), "log in");
  const bearer = must(session.token, "session token");
  const signedIn: Middleware = {
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${bearer}`);
      return request;
    },
  };
  client.use(signedIn);

  const consents = await ok(client.GET("/api/v1/me/consents"), "list my consents");
  const granted = consents.find((c) => c.purpose === withdrawnPurpose);
  if (!granted?.granted) {
    throw new Error(`${withdrawnPurpose} was not granted at registration`);
  }
  const withdrawn = await ok(
    client.PUT("/api/v1/me/consents/{purpose}", { params: { path: { purpose: withdrawnPurpose } }, body: { granted: false } }),
    `withdraw ${withdrawnPurpose}`,
  );
  if (withdrawn.granted) {
    throw new Error(`${withdrawnPurpose} is still granted after the withdrawal`);
  }

  const form = new FormData();
  form.append("file", new Blob([await readFile(setting("PIXYER_IMAGE"))], { type: "image/png" }), "journey.png");
  // openapi-fetch sends a FormData body as it is, with its multipart boundary; the document types the field as
  // the file's bytes, which a FormData cannot be declared as.
  const upload = await ok(client.POST("/api/v1/uploads", { body: form as unknown as UploadForm }), "upload an image");
  const uploads = await ok(client.GET("/api/v1/uploads"), "list my uploads");
  if (!must(uploads.items, "uploads").some((u) => u.id === upload.id)) {
    throw new Error("the upload is not listed");
  }

  console.log(JSON.stringify({ accountId: session.accountId, withdrawn: withdrawnPurpose, uploadId: upload.id }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
