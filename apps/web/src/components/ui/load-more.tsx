interface TLoadMoreProps {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  shown: number;
  /** e.g. ['user', 'users'] */
  nouns: readonly [string, string];
}

export function LoadMore({
  hasNextPage,
  isFetchingNextPage,
  onLoadMore,
  shown,
  nouns,
}: TLoadMoreProps) {
  return (
    <div className="load-more">
      <span className="load-more__count" aria-live="polite">
        {shown} {shown === 1 ? nouns[0] : nouns[1]} shown
        {hasNextPage ? '' : ', all of them'}
      </span>
      {hasNextPage ? (
        <button type="button" className="button" onClick={onLoadMore} disabled={isFetchingNextPage}>
          {isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      ) : null}
    </div>
  );
}
