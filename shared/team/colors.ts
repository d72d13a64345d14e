/** A collaborator's cursor colour: the same for the same name on every screen (readable on white). */
const PALETTE = ['#1f6feb', '#b4009e', '#0f7b6c', '#c24e00', '#6f42c1', '#3b7d23', '#0b7285', '#a61e4d'];

export function collaboratorColor(name: string): string {
  let hash = 2166136261;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 16777619);
  return PALETTE[(hash >>> 0) % PALETTE.length] as string;
}
