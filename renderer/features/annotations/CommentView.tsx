/** A stored comment, read-only, rendered from its Lexical JSON without an editor instance. */
import type { ReactNode } from 'react';
import type { Comment, SerializedCommentNode } from '../../../shared/model/index.ts';
import {
  commentNodeText,
  isSafeUrl,
  MAX_COMMENT_DEPTH,
  parseComment,
  TEXT_FORMAT,
} from '../../../shared/model/index.ts';

function render(node: SerializedCommentNode, key: number, depth: number): ReactNode {
  // Deeper than a comment may be saved (one stored before the limit, or crafted): its text only,
  // gathered without recursion, so the view never builds thousands of nested elements.
  if (depth > MAX_COMMENT_DEPTH) return <span key={key}>{commentNodeText(node)}</span>;
  const children = (Array.isArray(node.children) ? node.children : []).map((child, i) => render(child, i, depth + 1));
  switch (node.type) {
    case 'text': {
      const format = typeof node.format === 'number' ? node.format : 0;
      let out: ReactNode = typeof node.text === 'string' ? node.text : '';
      if (format & TEXT_FORMAT.italic) out = <em>{out}</em>;
      if (format & TEXT_FORMAT.bold) out = <strong>{out}</strong>;
      return <span key={key}>{out}</span>;
    }
    case 'linebreak':
      return <br key={key} />;
    case 'link':
    case 'autolink':
      return node.url && isSafeUrl(node.url) ? (
        <a key={key} href={node.url} target="_blank" rel="noreferrer noopener">
          {children}
        </a>
      ) : (
        <span key={key}>{children}</span>
      );
    case 'list':
      return node.listType === 'number' ? <ol key={key}>{children}</ol> : <ul key={key}>{children}</ul>;
    case 'listitem':
      return <li key={key}>{children}</li>;
    case 'paragraph':
      return <p key={key}>{children}</p>;
    default:
      return <span key={key}>{children}</span>;
  }
}

export function CommentView({ comment }: { comment: Comment }) {
  const root = parseComment(comment.lexical);
  return (
    <div className="comment-view">
      {root ? (root.children ?? []).map((child, i) => render(child, i, 1)) : <p>{comment.text}</p>}
    </div>
  );
}
