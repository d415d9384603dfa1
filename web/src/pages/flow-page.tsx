import type { Content } from '../content';
import type { Route } from '../lib/router';
import { CheckPage } from './check-page';
import { MunicipalityPage } from './municipality-page';
import { QuestionPage } from './question-page';

/**
 * The lazily loaded flow chunk: the optional gemeente question, the questions and the check page,
 * with the rules engine they need.
 */
export default function FlowPage({
  content,
  route,
  peildatum,
}: {
  content: Content;
  route: Route;
  peildatum: string;
}) {
  if (route.page === 'municipality') {
    return <MunicipalityPage content={content} peildatum={peildatum} fromCheck={route.fromCheck} />;
  }
  if (route.page === 'question') {
    return <QuestionPage content={content} peildatum={peildatum} id={route.id} fromCheck={route.fromCheck} />;
  }
  return <CheckPage content={content} peildatum={peildatum} />;
}
