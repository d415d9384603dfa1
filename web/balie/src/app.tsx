import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isGemeenteCode } from '../../../functions/regions/gemeenten';
import { evaluate, questionFor, renderScreening } from '../../../functions/rules/index';
import type { Content } from '../../src/content/types';
import { isRtlLocale } from '../../src/lib/money';
import { todayInAmsterdam } from '../../src/lib/peildatum';
import { useReasonCopy } from '../../src/lib/reason-copy';
import { COUNTER_CONTENT, type CounterLang, isCounterLang } from './content';
import { CounterForm } from './form/counter-form';
import { toAnswers } from './form/to-answers';
import { HandoverSheet, type SheetLanguage } from './handover/handover-sheet';
import { useCitizenContent, visitorLanguages } from './lib/citizen-content';
import { loadRegion, saveRegion } from './lib/region';
import { createSender, screeningBody } from './lib/screening';
import { loadStaffLang, saveStaffLang } from './lib/staff-lang';
import { clearVisit, loadVisit, saveVisit, type Visit } from './lib/visit';
import { RegionSetting } from './region-setting';
import { withReceiving } from './results/receiving';
import { ResultsPanel, type SendStatus } from './results/results-panel';

/** How long "new visitor" can be undone. */
const UNDO_MS = 10_000;

interface Props {
  peildatum?: string;
  /** How long answers must rest before the screening is sent for counting. */
  sendDelayMs?: number;
}

export function CounterApp({ peildatum = todayInAmsterdam(), sendDelayMs = 800 }: Props) {
  const [visit, setVisit] = useState<Visit>(loadVisit);
  const [stored, setRegion] = useState(loadRegion);
  // A code no longer on the list of the peildatum (a herindeling) counts as not set.
  const region = stored && isGemeenteCode(stored, peildatum) ? stored : null;
  const [staffLang, setStaffLang] = useState<CounterLang>(loadStaffLang);
  const [status, setStatus] = useState<SendStatus>('idle');
  const [announcement, setAnnouncement] = useState('');
  // The previous visitor, kept in memory only (never stored) while "new visitor" can be undone.
  const [previous, setPrevious] = useState<Visit | null>(null);
  const copy = COUNTER_CONTENT[staffLang];
  const visitorLang = isCounterLang(visit.visitorLang) ? visit.visitorLang : 'en';
  const citizen = useCitizenContent([staffLang, 'nl', visitorLang]);

  // One sender per visit, so a late answer for the previous visitor never shows as this one's status.
  const current = useRef(visit.sessionId);
  current.current = visit.sessionId;
  const sender = useMemo(() => {
    const sessionId = visit.sessionId;
    return createSender({
      delayMs: sendDelayMs,
      onState: (state) => current.current === sessionId && setStatus(state),
    });
  }, [visit.sessionId, sendDelayMs]);

  const { answers, errors } = useMemo(() => toAnswers(visit.drafts), [visit.drafts]);
  // Codes decide what to ask and send; the texts on screen are rendered in the staff's language.
  const evaluation = useMemo(() => evaluate(answers, { peildatum }), [answers, peildatum]);
  const reasonCopy = useReasonCopy(staffLang);
  const rendered = useMemo(
    () => reasonCopy && renderScreening(evaluation, reasonCopy),
    [evaluation, reasonCopy],
  );
  const screened = withReceiving(answers, evaluation.results, visit.receiving, visit.reasons);
  const screenedKey = JSON.stringify(screened);

  useEffect(() => saveVisit(visit), [visit]);
  useEffect(() => {
    document.documentElement.lang = copy.lang;
    document.documentElement.dir = isRtlLocale(copy.locale) ? 'rtl' : 'ltr';
    document.title = copy.title;
  }, [copy]);
  useEffect(() => {
    if (Object.keys(answers).length === 0) return;
    sender.schedule(
      screeningBody({ peildatum, region, lang: staffLang, sessionId: visit.sessionId, answers: screened }),
    );
  }, [screenedKey, region, staffLang, sender]);
  useEffect(() => {
    const hide = () => void sender.flush();
    window.addEventListener('pagehide', hide);
    return () => window.removeEventListener('pagehide', hide);
  }, [sender]);

  const staffCitizen = citizen[staffLang];
  const needed = useMemo(() => {
    const map: Partial<Record<string, string[]>> = {};
    if (!staffCitizen) return map;
    for (const result of evaluation.results) {
      for (const path of result.missing) {
        const id = questionFor(path)?.id;
        if (!id) continue;
        const list = map[id] ?? [];
        const name = staffCitizen.results.regulations[result.regulation];
        if (!list.includes(name)) list.push(name);
        map[id] = list;
      }
    }
    return map;
  }, [evaluation, staffCitizen]);

  const update = (change: (visit: Visit) => Visit) => setVisit((prev) => change(prev));
  const newVisitor = () => {
    void sender.flush();
    setPrevious(visit);
    setVisit(clearVisit());
    setStatus('idle');
    setAnnouncement(copy.newVisitorDone);
    // Back to the first field (focus scrolls it into view): the next visitor starts at the top.
    setTimeout(() => document.getElementById('f-age')?.focus());
  };
  const undoNewVisitor = () => {
    if (!previous) return;
    setVisit(previous); // the same visit id: the visit is still counted once
    setPrevious(null);
    setAnnouncement(copy.newVisitorUndone);
    document.getElementById('new-visitor')?.focus();
  };
  useEffect(() => {
    if (!previous) return;
    const timer = setTimeout(() => setPrevious(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [previous]);

  const sheetLanguages: SheetLanguage[] = [];
  const nlCitizen = citizen.nl;
  const visitorCitizen: Content | undefined = citizen[visitorLang];
  if (nlCitizen) sheetLanguages.push({ copy: COUNTER_CONTENT.nl, citizen: nlCitizen });
  if (visitorLang !== 'nl' && visitorCitizen)
    sheetLanguages.push({ copy: COUNTER_CONTENT[visitorLang], citizen: visitorCitizen });
  const ready = staffCitizen && nlCitizen && visitorCitizen && rendered;

  return (
    <>
      <a class="skip-link" href="#f-age">
        {copy.skipLink}
      </a>
      <header class="top">
        <h1>{copy.title}</h1>
        <div class="top__tools">
          <RegionSetting
            copy={copy}
            region={region}
            peildatum={peildatum}
            onSave={(code) => {
              saveRegion(code);
              setRegion(code);
            }}
          />
          <label class="inline-field">
            {copy.staffLanguage}
            <select
              value={staffLang}
              onChange={(event) => {
                const lang = event.currentTarget.value;
                if (!isCounterLang(lang)) return;
                saveStaffLang(lang);
                setStaffLang(lang);
              }}
            >
              {Object.entries(COUNTER_CONTENT).map(([code, content]) => (
                <option key={code} value={code}>
                  {content.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" class="button button--warning" id="new-visitor" onClick={newVisitor}>
            {copy.newVisitor}
          </button>
          {previous && (
            <button type="button" class="button" id="undo-new-visitor" onClick={undoNewVisitor}>
              {copy.undoNewVisitor}
            </button>
          )}
        </div>
        <p class="top__intro">{copy.intro}</p>
        <p class="visually-hidden" role="status">
          {announcement}
        </p>
      </header>
      <main class="layout">
        <CounterForm
          copy={copy}
          drafts={visit.drafts}
          errors={errors}
          needed={needed}
          onValue={(path, value) => {
            setAnnouncement('');
            update((prev) => ({
              ...prev,
              drafts: { ...prev.drafts, values: { ...prev.drafts.values, [path]: value } },
            }));
          }}
          onDontKnow={(path, dontKnow) =>
            update((prev) => ({
              ...prev,
              drafts: {
                ...prev.drafts,
                dontKnow: dontKnow
                  ? [...new Set([...prev.drafts.dontKnow, path])]
                  : prev.drafts.dontKnow.filter((p) => p !== path),
              },
            }))
          }
        />
        <div class="side">
          {ready ? (
            <>
              <ResultsPanel
                copy={copy}
                citizen={staffCitizen}
                results={rendered.results}
                stale={rendered.parameters.stale}
                receiving={visit.receiving}
                reasons={visit.reasons}
                status={status}
                onReceiving={(id, value) =>
                  update((prev) => ({ ...prev, receiving: { ...prev.receiving, [id]: value } }))
                }
                onReason={(id, value) =>
                  update((prev) => ({ ...prev, reasons: { ...prev.reasons, [id]: value } }))
                }
              />
              <section class="handover" aria-labelledby="handover-title">
                <h2 id="handover-title">{copy.handover.title}</h2>
                <p>{copy.handover.intro}</p>
                <label class="inline-field">
                  {copy.handover.visitorLanguage}
                  <select
                    id="visitor-lang"
                    value={visitorLang}
                    onChange={(event) => {
                      const lang = event.currentTarget.value;
                      update((prev) => ({ ...prev, visitorLang: lang }));
                    }}
                  >
                    {visitorLanguages(Object.keys(COUNTER_CONTENT)).map(({ code, name }) => (
                      <option key={code} value={code}>
                        {name}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="button" class="button" id="print-sheet" onClick={() => window.print()}>
                  {copy.handover.print}
                </button>
                <HandoverSheet
                  results={rendered.results}
                  receiving={visit.receiving}
                  peildatum={peildatum}
                  region={region}
                  languages={sheetLanguages}
                />
              </section>
            </>
          ) : (
            <p role="status">…</p>
          )}
        </div>
      </main>
    </>
  );
}
