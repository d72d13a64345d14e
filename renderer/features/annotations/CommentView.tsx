/** A stored comment, read-only, rendered from its Lexical JSON without an editor instance. */
import type { ReactNode } from 'react';
import type { Comment, SerializedCommentNode } from '../../../shared/model/index.ts';
import { isSafeUrl, parseComment, TEXT_FORMAT } from '../../../shared/model/index.ts';

function render(node: SerializedCommentNode, key: number): ReactNode {
  const children = (node.children ?? []).map(render);
  switch (node.type) {
    case 'text': {
      const format = typeof node.format === 'number' ? node.format : 0;
      let out: ReactNode = node.text ?? '';
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
  return <div className="comment-view">{root ? (root.children ?? []).map(render) : <p>{comment.text}</p>}</div>;
}
