/**
 * A joint text that names its issuers as the first sentence's plural subject: "The Governments
 * of Canada and Germany today reaffirmed …", « Les gouvernements du Canada, de la Finlande et de
 * la Norvège ont adopté … ». The subject, capitalized, is the issuer.
 */
const JOINT_SUBJECT =
  /^(?:the|les)\s+((?:governments|ministers|leaders|gouvernements|ministres|dirigeants)\s+(?:of|du|de la|de l['’]|des|de)\s+[^.;:]{3,120}?)\s+(?:today\s+|aujourd['’]hui\s+)?(?:have|has|will|are|\p{Ll}+ed|ont|sont|se sont|vont|adoptent|réaffirment|\p{Ll}+ent)\b/iu;

/** The plural subject naming a joint text's issuers, or null. */
export function issuerFromJointSubject(text: string): string | null {
  const m = JOINT_SUBJECT.exec(text);
  if (!m) return null;
  const name = (m[1] as string).trim();
  // The parties are proper names joined by "and"/"et" or commas: "of Canada and Germany".
  if (!/\p{Lu}/u.test(name.slice(name.indexOf(' ') + 1)) || name.split(/\s+/).length > 16) return null;
  return name.charAt(0).toUpperCase() + name.slice(1);
}
