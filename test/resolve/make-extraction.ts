import type {
  Entity,
  EntityType,
  Extraction,
  Properties,
  Relation,
  RelationType,
} from '../../src/model/index.js';

type EntitySpec = readonly [
  type: EntityType,
  id: string,
  name: string,
  aliases?: readonly string[],
  properties?: Properties,
];
type RelationSpec = readonly [type: RelationType, source: string, target: string, properties?: Properties];

/** A hand-made extraction of one document, as `extract` would print it. */
export function makeExtraction(
  doc: string,
  entities: readonly EntitySpec[],
  relations: readonly RelationSpec[] = [],
): Extraction {
  const document = `doc:${doc}`;
  let offset = 0;
  const mention = () => ({ document, start: offset, end: (offset += 10) });
  return {
    documents: [{ id: document, path: `fixtures/test/${doc}.txt`, sha256: `sha-${doc}`, title: doc }],
    entities: entities.map(([type, id, name, aliases = [], properties = {}]): Entity => ({
      id,
      type,
      name,
      aliases: [...aliases],
      properties,
      mentions: [mention()],
    })),
    relations: relations.map(([type, source, target, properties = {}]): Relation => ({
      type,
      source,
      target,
      properties,
      evidence: [{ ...mention(), text: `${source} ${type} ${target}` }],
    })),
  };
}
