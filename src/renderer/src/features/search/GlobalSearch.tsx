// The search box at the top of every screen: people, bridge points and conferences at once,
// typed without diacritics ("nguyen van hung" finds "Nguyễn Văn Hùng").
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchResults } from '../../../../shared/search/search-types';
import { call } from '../../lib/api';
import { useAction } from '../../lib/use-action';
import { formatDate } from '../../lib/format';
import { navigate, type Route } from '../../app/route';

interface Hit {
  readonly key: string;
  readonly group: string;
  readonly title: string;
  readonly detail: string;
  readonly route: Route;
}

function hitsOf(results: SearchResults): Hit[] {
  return [
    ...results.people.map((p) => ({
      key: `p${p.id}`,
      group: 'Người',
      title: p.fullName,
      detail: [p.position, p.unit, p.phone].filter(Boolean).join(' · '),
      route: { view: 'people', query: p.fullName } as const,
    })),
    ...results.bridgePoints.map((b) => ({
      key: `b${b.id}`,
      group: 'Điểm cầu',
      title: b.name,
      detail: b.path.join(' › '),
      route: { view: 'bridgePoints', query: b.name } as const,
    })),
    ...results.conferences.map((c) => ({
      key: `c${c.id}`,
      group: 'Hội nghị',
      title: c.name,
      detail: formatDate(c.date),
      route: { view: 'conference', id: c.id, tab: 'info' } as const,
    })),
  ];
}

export function GlobalSearch() {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResults | null>(null);
  const { problem, setProblem, fail } = useAction();
  const [open, setOpen] = useState(false);
  const [highlight, setHighlight] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!query.trim()) {
      setResults(null);
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      call('search.global', { query, limit: 6 }).then(
        (r) => {
          if (stale) return;
          setResults(r);
          setProblem(null);
          setHighlight(0);
        },
        (e) => !stale && fail(e),
      );
    }, 120);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query, setProblem, fail]);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        inputRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const hits = useMemo(() => (results ? hitsOf(results) : []), [results]);
  const go = (hit: Hit) => {
    setOpen(false);
    setQuery('');
    inputRef.current?.blur();
    navigate(hit.route);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setHighlight((h) => Math.max(0, Math.min(hits.length - 1, h + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Enter' && hits[highlight]) {
      e.preventDefault();
      go(hits[highlight]);
    } else if (e.key === 'Escape') {
      setOpen(false);
      inputRef.current?.blur();
    }
  };

  return (
    <div className="global-search">
      <input
        ref={inputRef}
        type="search"
        aria-label="Tìm nhanh"
        placeholder="Tìm người, điểm cầu, hội nghị… (Ctrl+K)"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {open && query.trim() && (results || problem) && (
        <div className="search-results" role="listbox" aria-label="Kết quả tìm kiếm">
          {problem && <p className="muted">{problem}</p>}
          {results && hits.length === 0 && <p className="muted">Không tìm thấy "{query}".</p>}
          {hits.map((hit, i) => (
            <div
              key={hit.key}
              role="option"
              aria-selected={i === highlight}
              className={`search-hit${i === highlight ? ' highlight' : ''}`}
              onMouseDown={(e) => {
                e.preventDefault();
                go(hit);
              }}
            >
              {(i === 0 || hits[i - 1].group !== hit.group) && <div className="search-group">{hit.group}</div>}
              <div className="search-title">{hit.title}</div>
              {hit.detail && <div className="muted small">{hit.detail}</div>}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
