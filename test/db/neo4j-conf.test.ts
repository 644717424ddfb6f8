import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jvmOptions, renderConf } from '../../src/db/neo4j-conf.js';

const template = readFileSync(new URL('../../neo4j/neo4j.conf.template', import.meta.url), 'utf8');

describe('renderConf', () => {
  it('binds Bolt and HTTP to loopback on the configured ports', () => {
    const conf = renderConf(template, { boltPort: 17687, httpPort: 17474 });
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:17687');
    expect(conf).toContain('server.http.advertised_address=127.0.0.1:17474');
    expect(conf).not.toMatch(/\{\{|:7687\n/);
    expect(conf).toContain('# browser.post_connect_cmd=');
  });

  it('sets browser.post_connect_cmd only when asked', () => {
    const conf = renderConf(template, {
      boltPort: 7687,
      httpPort: 7474,
      browserPostConnectCmd: ':play start',
    });
    expect(conf).toMatch(/^browser\.post_connect_cmd=:play start$/m);
  });
  // Strict validation stops the server on a key set twice: the template must not repeat the list.
  it('sets each key once (server.jvm.additional apart), list and template together', () => {
    const conf = renderConf(template, { boltPort: 7687, httpPort: 7474, browserPostConnectCmd: 'play x' });
    const keys = conf
      .split('\n')
      .filter((line) => /^[a-z][\w.]*=/.test(line))
      .map((line) => line.slice(0, line.indexOf('=')))
      .filter((key) => key !== 'server.jvm.additional');
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });
});

describe('jvmOptions', () => {
  it.each([
    ['512m', '1g', ['-Xms524288k', '-Xmx1048576k']],
    ['2048k', '3m', ['-Xms2048k', '-Xmx3072k']],
  ])('heap %s..%s → %j, after the conf lines and the encoding', (initial, max, heap) => {
    const conf = `server.jvm.additional=-XX:+UseG1GC\nserver.memory.heap.initial_size=${initial}\nserver.memory.heap.max_size=${max}\n`;
    expect(jvmOptions(conf)).toEqual(['-XX:+UseG1GC', '-Dfile.encoding=UTF-8', ...heap]);
  });

  it('keeps the --add-opens lines of the template, which Neo4j needs on Java 17+', () => {
    const options = jvmOptions(renderConf(template, { boltPort: 7687, httpPort: 7474 }));
    expect(options).toContain('--add-opens=java.base/java.nio=ALL-UNNAMED');
    expect(options).toContain('--add-opens=java.base/sun.nio.ch=ALL-UNNAMED');
    expect(options.filter((o) => o.startsWith('#'))).toEqual([]);
  });
});
