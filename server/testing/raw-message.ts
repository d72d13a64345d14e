/** A raw provider message (document name, sync, update, bytes), for tests that send garbage. */
import * as encoding from 'lib0/encoding';

export function OutgoingMessage(documentName: string, updateBytes: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  encoding.writeVarUint(encoder, 0); // Sync
  encoding.writeVarUint(encoder, 2); // sync: update
  encoding.writeVarUint8Array(encoder, updateBytes);
  return encoding.toUint8Array(encoder);
}
