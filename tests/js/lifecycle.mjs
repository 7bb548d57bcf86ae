// The whole order lifecycle against a served FakeJuniper, from Node.js alone: no Python client,
// no npm packages (built-in fetch, http and crypto). Run by tests/test_fake_js.py, which serves
// the fake and passes its URLs and credentials in the environment:
//   JUNIPER_BASE_URL, JUNIPER_TOKEN_URL, JUNIPER_CLIENT_ID, JUNIPER_CLIENT_SECRET,
//   JUNIPER_FAKE_CONTROL_URL
// Prints one line per step; exits 0 only when every step held.

import assert from "node:assert/strict";
import crypto from "node:crypto";
import http from "node:http";

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};
const BASE = env("JUNIPER_BASE_URL");
const TOKEN_URL = env("JUNIPER_TOKEN_URL");
const CONTROL = env("JUNIPER_FAKE_CONTROL_URL");
const TOLERANCE = 300; // seconds a signature may be old

const step = (text) => console.log(`ok - ${text}`);

// ------------------------------------------------------------------ signature verification
// X-Juniper-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>", keyed with the
// secret's UTF-8 bytes>. Written from the scheme, independently of the Python package.
function verify(rawBody, header, secret, now = Date.now() / 1000) {
  const parts = Object.fromEntries(
    String(header ?? "")
      .split(",")
      .map((part) => part.trim().split("=", 2))
      .filter((pair) => pair.length === 2),
  );
  if (!/^\d{1,15}$/.test(parts.t ?? "") || !/^[0-9a-f]{64}$/.test(parts.v1 ?? "")) return false;
  const timestamp = Number(parts.t);
  if (Math.abs(now - timestamp) > TOLERANCE) return false;
  const expected = crypto
    .createHmac("sha256", Buffer.from(secret, "utf8"))
    .update(Buffer.concat([Buffer.from(`${parts.t}.`, "utf8"), rawBody]))
    .digest();
  return crypto.timingSafeEqual(expected, Buffer.from(parts.v1, "hex"));
}

// The published test vector first, so a verifier that accepts anything cannot pass.
const vector = {
  secret: "9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e",
  body: '{"order":{"orderId":"2vSGym0bH8qVEwCIGlyFoRgJq1A","status":"SHIPPED"}}',
  header: "t=1700000000,v1=2a1191f343cfa7579a58c972937413c5e5107bdb4f8ba89d150110b411ec2665",
};
assert.ok(verify(Buffer.from(vector.body), vector.header, vector.secret, 1700000000));
assert.ok(!verify(Buffer.from(vector.body + " "), vector.header, vector.secret, 1700000000));
assert.ok(!verify(Buffer.from(vector.body), vector.header, "other", 1700000000));
assert.ok(!verify(Buffer.from(vector.body), vector.header, vector.secret, 1700000000 + 3600));
step("the verifier agrees with the published test vector");

// --------------------------------------------------------------------------- the receiver
const received = [];
let secret = null;
const receiver = http.createServer((request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    const raw = Buffer.concat(chunks);
    const signature = request.headers["x-juniper-signature"];
    const valid = secret !== null && verify(raw, signature, secret);
    received.push({ raw, valid, id: request.headers["x-juniper-webhook-id"], signature });
    response.writeHead(valid ? 200 : 400, { "Content-Type": "text/plain" });
    response.end(valid ? "ok" : "invalid signature");
  });
});
await new Promise((resolve) => receiver.listen(0, "127.0.0.1", resolve));
const hookUrl = `http://127.0.0.1:${receiver.address().port}/juniper/webhooks`;

async function call(method, url, { json, form, token } = {}) {
  const headers = {};
  let body;
  if (json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(json);
  } else if (form !== undefined) {
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    body = new URLSearchParams(form).toString();
  }
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(url, { method, headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

try {
  // 1. Token (OAuth2 client credentials).
  const token = await call("POST", TOKEN_URL, {
    form: {
      grant_type: "client_credentials",
      client_id: env("JUNIPER_CLIENT_ID"),
      client_secret: env("JUNIPER_CLIENT_SECRET"),
    },
  });
  assert.equal(token.status, 200);
  assert.equal(token.body.token_type, "Bearer");
  const bearer = token.body.access_token;
  assert.equal((await call("GET", `${BASE}/shipping-methods`)).status, 401);
  step("token issued; calls without it get 401");

  // 2. The webhook URL, through the control plane; the secret it answers signs deliveries.
  const webhook = await call("PUT", `${CONTROL}/webhook`, { json: { url: hookUrl } });
  assert.equal(webhook.status, 200);
  assert.equal(webhook.body.url, hookUrl);
  secret = webhook.body.secret;
  assert.match(secret, /^\S+$/);
  const fromApi = await call("GET", `${BASE}/partners/settings/webhook-secret`, { token: bearer });
  assert.equal(fromApi.status, 200);
  assert.equal(fromApi.body.webhookSecret, secret);
  step("webhook URL set through the control plane");

  // 3. Create an order.
  const orderRequest = {
    customer: {
      sourceId: "js-1",
      firstName: "Ada",
      lastName: "Lovelace",
      email: "ada@example.com",
      address: { line1: "1 Main St", city: "Palo Alto", state: "CA", zipCode: "94301" },
    },
    daysSupply: 30,
    lineItems: [{ productId: 77123129891, quantity: 2, packDescription: "Morning pack" }],
  };
  const created = await call("POST", `${BASE}/orders`, { json: orderRequest, token: bearer });
  assert.equal(created.status, 201);
  assert.equal(created.body.status, "NEW");
  const orderId = created.body.id;
  step(`order ${orderId} created NEW`);

  // 4. Ship it through the control plane; the answer comes once the webhooks are delivered.
  const shipped = await call("POST", `${CONTROL}/orders/${encodeURIComponent(orderId)}/advance`, {
    json: { status: "SHIPPED" },
  });
  assert.equal(shipped.status, 200);
  assert.equal(shipped.body.status, "SHIPPED");
  assert.ok(shipped.body.fulfillmentInfo.trackingUrl);
  const read = await call("GET", `${BASE}/orders/${orderId}`, { token: bearer });
  assert.deepEqual(read.body, shipped.body);
  step("order shipped through the control plane");

  // 5. The signed webhooks arrived and verify with node's own HMAC.
  assert.deepEqual(
    received.map((delivery) => JSON.parse(delivery.raw).order.status),
    ["PROCESSING", "AWAITING_SHIPMENT", "SHIPPED"],
  );
  assert.ok(received.every((delivery) => delivery.valid));
  const last = JSON.parse(received.at(-1).raw).order;
  assert.equal(last.orderId, orderId);
  assert.equal(last.fulfillmentInfo.trackingNumber, shipped.body.fulfillmentInfo.trackingNumber);
  const tampered = Buffer.from(received.at(-1).raw.toString().replace("SHIPPED", "FULFILLED"));
  assert.ok(!verify(tampered, received.at(-1).signature, secret));
  const listed = await call("GET", `${CONTROL}/deliveries?orderId=${orderId}`);
  assert.deepEqual(
    listed.body.deliveries.map((d) => [d.webhookId, d.delivered, d.attempts.at(-1).statusCode]),
    received.map((delivery) => [delivery.id, true, 200]),
  );
  step(`${received.length} signed webhooks received and verified; the fake lists them delivered`);

  // 6. Cancel: a NEW order cancels once, then 409; the shipped one cannot be cancelled.
  const second = await call("POST", `${BASE}/orders`, { json: orderRequest, token: bearer });
  assert.equal(second.status, 201);
  const cancelled = await call("POST", `${BASE}/orders/${second.body.id}/cancel`, { token: bearer });
  assert.equal(cancelled.status, 200);
  assert.equal(cancelled.body.status, "CANCELLED");
  const again = await call("POST", `${BASE}/orders/${second.body.id}/cancel`, { token: bearer });
  assert.equal(again.status, 409);
  assert.equal(again.body.error, "conflict");
  const lateCancel = await call("POST", `${BASE}/orders/${orderId}/cancel`, { token: bearer });
  assert.equal(lateCancel.status, 409);
  // The cancellation is notified too; wait=true answers once the delivery has finished.
  const notified = await call("GET", `${CONTROL}/deliveries?orderId=${second.body.id}&wait=true`);
  assert.deepEqual(
    notified.body.deliveries.map((d) => [d.status, d.delivered]),
    [["CANCELLED", true]],
  );
  const cancelHook = received.at(-1);
  assert.ok(cancelHook.valid);
  assert.equal(JSON.parse(cancelHook.raw).order.status, "CANCELLED");
  step("cancel answers 200 once, then 409; a shipped order answers 409; CANCELLED is notified");

  // 7. A queued 503, then the same call succeeds.
  const fault = await call("POST", `${CONTROL}/faults`, {
    json: { operationId: "getOrderById", status: 503 },
  });
  assert.equal(fault.status, 201);
  const unavailable = await call("GET", `${BASE}/orders/${orderId}`, { token: bearer });
  assert.equal(unavailable.status, 503);
  assert.equal(unavailable.body.error, "service_unavailable");
  const retried = await call("GET", `${BASE}/orders/${orderId}`, { token: bearer });
  assert.equal(retried.status, 200);
  assert.equal(retried.body.status, "SHIPPED");
  step("a queued 503 strikes once, then the call succeeds");

  // 8. Reset to the seeded state.
  assert.equal((await call("POST", `${CONTROL}/reset`)).status, 204);
  const empty = await call("GET", `${BASE}/orders`, { token: bearer });
  assert.deepEqual(empty.body.orders, []);
  step("reset leaves no orders");
  console.log(`lifecycle passed: ${received.length} webhooks`);
} finally {
  receiver.close();
}
