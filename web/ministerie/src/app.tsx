import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DASHBOARD_CONTENT, type DashboardLang, type Dimension, isDashboardLang } from './content';
import { type CsvDialect, tablesCsv } from './lib/csv';
import { currentMonth } from './lib/months';
import { type Period, periodOf, periodRange } from './lib/periods';
import {
  fetchShares,
  fetchStats,
  type GroupBy,
  type SharesResponse,
  type StatsResponse,
} from './lib/stats-client';
import {
  breakdownTable,
  estimatesTable,
  reasonsTable,
  sharesTable,
  shownPeriod,
  summaryTable,
} from './lib/views';
import { DataTable } from './views/data-table';
import { PeriodForm } from './views/period-form';
import { SharesChart } from './views/shares-chart';
import { SignIn, type SignInError } from './views/sign-in';

interface Data {
  base: StatsResponse;
  shares: SharesResponse | null;
  reasons: StatsResponse | null;
  /** Breakdowns by a groupBy dimension, fetched when chosen. */
  groups: Partial<Record<GroupBy, StatsResponse>>;
}

const DIMENSIONS: Dimension[] = ['ageBand', 'household', 'region'];

/** This month, Europe/Amsterdam: the API's statistics months. */
export function defaultPeriod(now: Date = new Date()): Period {
  return periodOf('month', currentMonth(now));
}

export function DashboardApp({ now }: { now?: Date }) {
  const [lang, setLang] = useState<DashboardLang>('nl');
  // The token is held here, in memory, and nowhere else: not in storage, a cookie or the URL.
  const [token, setToken] = useState<string | null>(null);
  const [period, setPeriod] = useState<Period>(() => defaultPeriod(now));
  const [data, setData] = useState<Data | null>(null);
  const [dimension, setDimension] = useState<Dimension>('ageBand');
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const copy = DASHBOARD_CONTENT[lang];
  const request = useRef(0);

  useEffect(() => {
    document.documentElement.lang = copy.lang;
    document.title = copy.title;
  }, [copy]);

  const signOut = () => {
    setToken(null);
    setData(null);
  };

  const load = async (secret: string, next: Period, dim: Dimension) => {
    const id = ++request.current;
    setLoading(true);
    setFailed(false);
    const groupBy: GroupBy = dim;
    const range = periodRange(next);
    // The plain view first: it checks the token with one request before anything else is asked.
    const base = await fetchStats(secret, range);
    const [reasons, group, shares] = base.ok
      ? await Promise.all([
          fetchStats(secret, { ...range, groupBy: 'reason' }),
          fetchStats(secret, { ...range, groupBy }),
          fetchShares(secret, range),
        ])
      : [null, null, null];
    if (id !== request.current) return base;
    setLoading(false);
    if (!base.ok) {
      if (base.error === 'unauthorized') signOut();
      else setFailed(true);
      return base;
    }
    setData({
      base: base.data,
      shares: shares?.ok ? shares.data : null,
      reasons: reasons?.ok ? reasons.data : null,
      groups: group?.ok ? { [groupBy]: group.data } : {},
    });
    return base;
  };

  const signIn = async (secret: string): Promise<SignInError | undefined> => {
    const result = await load(secret, period, dimension);
    if (result.ok) {
      setToken(secret);
      return undefined;
    }
    return result.error === 'unauthorized' ? 'wrongToken' : 'failed';
  };

  const chooseDimension = async (dim: Dimension) => {
    setDimension(dim);
    if (!token || !data || data.groups[dim]) return;
    const result = await fetchStats(token, { ...periodRange(period), groupBy: dim });
    if (result.ok) setData((prev) => prev && { ...prev, groups: { ...prev.groups, [dim]: result.data } });
    else if (result.error === 'unauthorized') signOut();
    else setFailed(true);
  };

  const tables = useMemo(() => {
    if (!data) return null;
    const source = data.groups[dimension];
    return {
      shares: data.shares && !data.shares.withheld ? sharesTable(data.shares, copy) : null,
      estimates: estimatesTable(copy),
      summary: summaryTable(data.base, copy),
      breakdown: source ? breakdownTable(source, dimension, copy) : null,
      reasons: data.reasons ? reasonsTable(data.reasons, copy) : null,
    };
  }, [data, dimension, copy]);

  const download = (dialect: CsvDialect) => {
    if (!tables || !data) return;
    // In the order of the page.
    const shown = [tables.shares, tables.estimates, tables.summary, tables.breakdown, tables.reasons].filter(
      (t) => t !== null,
    );
    const blob = new Blob([tablesCsv(shown, dialect)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `steunwijzer-signalen-${data.base.period}${dialect === 'excel-nl' ? '-excel' : ''}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const languageSwitch = (
    <label class="inline-field">
      {copy.language}
      <select
        id="language"
        value={lang}
        onChange={(event) => isDashboardLang(event.currentTarget.value) && setLang(event.currentTarget.value)}
      >
        {Object.entries(DASHBOARD_CONTENT).map(([code, content]) => (
          <option key={code} value={code}>
            {content.name}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <>
      <header class="top">
        <h1>{copy.title}</h1>
        <div class="top__tools">
          {languageSwitch}
          {token && (
            <button type="button" class="button button--secondary" onClick={signOut}>
              {copy.signIn.signOut}
            </button>
          )}
        </div>
      </header>
      <main class="main" id="main">
        {!token || !data || !tables ? (
          <SignIn copy={copy} onSignIn={signIn} />
        ) : (
          <>
            <section class="caveat" aria-labelledby="caveat-title">
              <h2 id="caveat-title">{copy.caveatTitle}</h2>
              {copy.caveat.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </section>
            <PeriodForm
              copy={copy}
              period={period}
              month={currentMonth(now)}
              onChange={(next) => {
                setPeriod(next);
                void load(token, next, dimension);
              }}
            />
            <p role="status" class="status">
              {loading
                ? copy.period.loading
                : failed
                  ? copy.signIn.failed
                  : copy.period.shown(shownPeriod(data.base, copy))}
            </p>
            {data.base.rows.length === 0 && !data.base.withheld && <p class="notice">{copy.empty}</p>}

            <section aria-labelledby="shares-title">
              <h2 id="shares-title">{copy.shares.title}</h2>
              <p>{copy.shares.intro}</p>
              {data.shares && tables.shares && data.shares.shares.length > 0 ? (
                <div class="chart-and-table">
                  <SharesChart data={data.shares} copy={copy} period={shownPeriod(data.base, copy)} />
                  <DataTable model={tables.shares} />
                </div>
              ) : (
                <p class="notice" data-empty="shares">
                  {data.shares?.withheld ? copy.withheld : copy.empty}
                </p>
              )}
            </section>

            <section aria-labelledby="summary-title">
              <h2 id="summary-title">{copy.summary.title}</h2>
              <p>{copy.summary.intro}</p>
              {data.base.withheld ? (
                <p class="notice" data-empty="summary">
                  {copy.withheld}
                </p>
              ) : (
                <DataTable model={tables.summary} />
              )}
            </section>

            <section aria-labelledby="estimates-title">
              <h2 id="estimates-title">{copy.estimatesTable.title}</h2>
              <p>{copy.estimatesTable.intro}</p>
              <DataTable model={tables.estimates} />
            </section>

            <section aria-labelledby="breakdown-title">
              <h2 id="breakdown-title">{copy.breakdown.title}</h2>
              <p>{copy.breakdown.intro}</p>
              <label class="inline-field">
                {copy.breakdown.by}
                <select
                  id="dimension"
                  value={dimension}
                  onChange={(event) => void chooseDimension(event.currentTarget.value as Dimension)}
                >
                  {DIMENSIONS.map((dim) => (
                    <option key={dim} value={dim}>
                      {copy.breakdown.dimensions[dim]}
                    </option>
                  ))}
                </select>
              </label>
              {data.groups[dimension]?.withheld ? (
                <p class="notice" data-empty="breakdown">
                  {copy.withheld}
                </p>
              ) : tables.breakdown ? (
                <DataTable model={tables.breakdown} />
              ) : (
                <p role="status">{copy.period.loading}</p>
              )}
            </section>

            <section aria-labelledby="reasons-title">
              <h2 id="reasons-title">{copy.reasons.title}</h2>
              <p>{copy.reasons.intro}</p>
              {data.reasons?.withheld ? (
                <p class="notice" data-empty="reasons">
                  {copy.withheld}
                </p>
              ) : tables.reasons && tables.reasons.rows.length > 0 ? (
                <DataTable model={tables.reasons} />
              ) : (
                <p>{copy.reasons.none}</p>
              )}
            </section>

            <section aria-labelledby="methods-title">
              <h2 id="methods-title">{copy.methods.title}</h2>
              <ul class="methods">
                {copy.methods.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </section>

            <section class="download" aria-label={copy.download.button}>
              <button type="button" class="button" id="download-csv" onClick={() => download('standard')}>
                {copy.download.button}
              </button>
              <button
                type="button"
                class="button button--secondary"
                id="download-csv-excel"
                onClick={() => download('excel-nl')}
              >
                {copy.download.excel}
              </button>
              <p>{copy.download.note}</p>
            </section>
          </>
        )}
      </main>
    </>
  );
}
