import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { evaluate } from '../../../functions/rules/engine/evaluate';
import { questionFor } from '../../../functions/rules/questions/catalogue';
import type { Content } from '../../src/content/types';
import { isRtlLocale } from '../../src/lib/money';
import { todayInAmsterdam } from '../../src/lib/peildatum';
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

interface Props {
  peildatum?: string;
  /** How long answers must rest before the screening is sent for counting. */
  sendDelayMs?: number;
}

export function CounterApp({ peildatum = todayInAmsterdam(), sendDelayMs = 800 }: Props) {
  const [visit, setVisit] = useState<Visit>(loadVisit);
  const [region, setRegion] = useState(loadRegion);
  const [staffLang, setStaffLang] = useState<CounterLang>(loadStaffLang);
  const [status, setStatus] = useState<SendStatus>('idle');
  const [announcement, setAnnouncement] = useState('');
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
  const evaluation = useMemo(
    () => evaluate(answers, { peildatum, lang: staffLang }),
    [answers, peildatum, staffLang],
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
    setVisit(clearVisit());
    setStatus('idle');
    setAnnouncement(copy.newVisitorDone);
    // Back to the first field (focus scrolls it into view): the next visitor starts at the top.
    setTimeout(() => document.getElementById('f-age')?.focus());
  };

  const sheetLanguages: SheetLanguage[] = [];
  const nlCitizen = citizen.nl;
  const visitorCitizen: Content | undefined = citizen[visitorLang];
  if (nlCitizen) sheetLanguages.push({ copy: COUNTER_CONTENT.nl, citizen: nlCitizen });
  if (visitorLang !== 'nl' && visitorCitizen)
    sheetLanguages.push({ copy: COUNTER_CONTENT[visitorLang], citizen: visitorCitizen });
  const ready = staffCitizen && nlCitizen && visitorCitizen;

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
                results={evaluation.results}
                stale={evaluation.parameters.stale}
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
                  results={evaluation.results}
                  receiving={visit.receiving}
                  peildatum={peildatum}
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
