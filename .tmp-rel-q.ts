import { loadConfig } from './src/config.js';
import { startDatabase, createDriver } from './src/db/index.js';
const driver = createDriver(await startDatabase(loadConfig()));
const r = await driver.executeQuery(`MATCH (d:Document) WHERE d.id STARTS WITH 'doc:rel-bad' OPTIONAL MATCH (d)-[:DESCRIBES]->(e) RETURN d.id AS id, d.title AS title, count(e) AS events`);
for (const x of r.records) console.log(JSON.stringify(x.toObject()));
const n = await driver.executeQuery(`MATCH (n) WHERE 'doc:rel-bad-no-event' IN coalesce(n.documents, []) RETURN labels(n) AS l, n.name AS name`);
for (const x of n.records) console.log(JSON.stringify(x.toObject()));
await driver.close();
