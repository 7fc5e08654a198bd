import { linkKind, t } from '../i18n';
import { h, show } from './dom';
import { type EntityRef, entityLabel, entityLink } from './entities';
import { sourceList } from './facts';
import { type DrawnLink, linkCaption } from './graph';

/** What was clicked in a graph: an entity with a link to its page, or a link with its kind, validity and sources. */
export function detailPanel(panel: HTMLElement, labels: Map<string, EntityRef>) {
  return ({ entity, link }: { entity?: EntityRef; link?: DrawnLink }) => {
    if (entity) {
      show(panel, h('h3', {}, entityLabel(entity)), h('p', {}, entityLink(entity)), h('code', { class: 'muted' }, entity.id));
    } else if (link) {
      const name = (id: string) => (labels.get(id) ? entityLabel(labels.get(id)!) : id);
      show(panel,
        h('h3', {}, linkKind(link.kind)),
        h('p', {}, `${name(link.from)} → ${name(link.to)}`),
        h('p', {}, linkCaption(link)),
        link.sources ? h('p', {}, t('sources'), ': ', sourceList(link.sources)) : null);
    }
  };
}
