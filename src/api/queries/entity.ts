import { RELATION_TYPES } from '../../model/index.js';
import { refOf } from '../entity-ref.js';
import { NODE_BY_ID } from './neighbours.js';
import type { Read } from './read.js';
import type { EntityDetail, EntityRef } from './types.js';

/** Stored lists that are provenance or bookkeeping, not facts about the entity (Poutine's `documents` runs to thousands). */
const HIDDEN = new Set(['id', 'name', 'aliases', 'documents', 'entityIds', 'relationKeys', 'text']);

// COUNT { (n)-[:T]->() } is answered from the node's degree per type, without reading a hub's relationships.
const DEGREES = RELATION_TYPES.flatMap((t) => [
  `\`${t} OUT\`: COUNT { (n)-[:${t}]->() }`,
  `\`${t} IN\`: COUNT { (n)<-[:${t}]-() }`,
]).join(', ');

/** One entity or event by id: its properties, how many documents name it, its relationships per type. */
export async function entity(read: Read, args: { id: string }): Promise<EntityDetail | null> {
  const [row] = await read(
    `${NODE_BY_ID('id', 'n')}
     RETURN ${refOf('n')} AS ref, properties(n) AS props, size(coalesce(n.documents, [])) AS documentCount,
            {${DEGREES}} AS degrees`,
    { id: args.id },
  );
  if (!row) return null;
  const props = row.props as Record<string, unknown>;
  return {
    ...(row.ref as EntityRef),
    aliases: (props.aliases as string[] | undefined) ?? [],
    properties: Object.fromEntries(Object.entries(props).filter(([k]) => !HIDDEN.has(k))),
    documentCount: row.documentCount as number,
    relationships: Object.fromEntries(
      Object.entries(row.degrees as Record<string, number>).filter(([, count]) => count > 0),
    ),
  };
}
