import neo4j from 'neo4j-driver';
import { printSchema, lexicographicSortSchema } from 'graphql';
import { buildSchema } from '/work/main/src/api/index.ts';
const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('x','y'));
const s = await buildSchema(driver);
const printed = printSchema(lexicographicSortSchema(s));
console.log(printed.split('\n').length, 'lines');
console.log(printed.match(/type Query \{[\s\S]*?\n\}/)![0].slice(0, 3000));
await driver.close();
