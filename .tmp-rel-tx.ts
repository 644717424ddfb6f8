import { loadConfig } from './src/config.js';
import { startDatabase, createDriver } from './src/db/index.js';
const driver = createDriver(await startDatabase(loadConfig()));
const r = await driver.executeQuery('SHOW TRANSACTIONS YIELD transactionId, elapsedTime, status, currentQuery, cpuTime, metaData RETURN transactionId, elapsedTime, status, left(currentQuery, 80) AS q, cpuTime AS cpu, metaData');
for (const x of r.records) console.log(JSON.stringify(x.toObject()));
await driver.close();
