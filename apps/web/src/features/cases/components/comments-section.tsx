import { splitMentions, type TMention } from '@customeric/domain';
import { useState } from 'react';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { LoadMore } from '../../../components/ui/load-more.tsx';
import { ProblemAlert } from '../../../components/ui/problem-alert.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useCaseComments, useCreateCaseComment } from '../api/case-comments.ts';
import { encodeMentions, MentionInput } from './mention-input.tsx';

function CommentBody({ body }: { body: string }) {
  return (
    <p className="comment__body">
      {splitMentions(body).map((part, index) =>
        'text' in part ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one comment never move
          <span key={index}>{part.text}</span>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one comment never move
          <strong key={index} className="mention">
            @{part.mention.name}
          </strong>
        ),
      )}
    </p>
  );
}

/** The conversation on the case; @mentioned people get an e-mail with the link. */
export function CommentsSection({
  caseId,
  canWrite,
  emailConfigured,
}: {
  caseId: string;
  canWrite: boolean;
  emailConfigured: boolean | undefined;
}) {
  const comments = useCaseComments(caseId);
  const create = useCreateCaseComment(caseId);
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<TMention[]>([]);
  const items = comments.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="comments-title">
      <div className="section-heading">
        <h2 id="comments-title">Comments</h2>
      </div>
      {comments.isSuccess && items.length === 0 ? (
        <EmptyState title="No comments yet">
          <p>Write what you found or asked; mention a colleague with @ to bring them in.</p>
        </EmptyState>
      ) : null}
      <ol className="comments">
        {items.map((comment) => (
          <li key={comment.id} className="comment">
            <p className="comment__meta">
              <strong>{comment.authorName ?? 'An integration'}</strong> ·{' '}
              <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
            </p>
            <CommentBody body={comment.body} />
          </li>
        ))}
      </ol>
      {comments.hasNextPage ? (
        <LoadMore
          hasNextPage
          isFetchingNextPage={comments.isFetchingNextPage}
          onLoadMore={() => comments.fetchNextPage()}
          shown={items.length}
          nouns={['comment', 'comments']}
        />
      ) : null}
      {canWrite ? (
        <form
          className="comment-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!text.trim()) return;
            create.mutate(encodeMentions(text.trim(), picked), {
              onSuccess: () => {
                setText('');
                setPicked([]);
              },
            });
          }}
        >
          <label className="visually-hidden" htmlFor="new-comment">
            New comment
          </label>
          <MentionInput
            id="new-comment"
            value={text}
            picked={picked}
            onChange={(value, next) => {
              setText(value);
              setPicked(next);
            }}
          />
          {emailConfigured === false ? (
            <p className="field__hint">
              E-mail is not configured (SMTP_URL): mentions are recorded, but nobody is e-mailed.
            </p>
          ) : null}
          <ProblemAlert error={create.error} title="The comment was not added" />
          <button
            type="submit"
            className="button button--primary"
            disabled={!text.trim() || create.isPending}
          >
            Comment
          </button>
        </form>
      ) : null}
    </section>
  );
}
