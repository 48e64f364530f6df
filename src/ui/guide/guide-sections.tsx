import { t } from '../../wording/i18n';
import { headingOf, type Block, type GuideSection, type Item } from './sections';
import { SectionLink } from './section-link';

function ListItem({ item }: { item: Item }) {
  if (typeof item === 'string') return <li>{t(item)}</li>;
  const [lead, text] = item;
  const leadText = t(lead);
  // A Chinese lead ends in full-width punctuation, which carries its own space.
  const gap = /[，。：；！？）」』]$/.test(leadText) ? '' : ' ';
  return (
    <li>
      <strong>{leadText}</strong>
      {gap}
      {t(text)}
    </li>
  );
}

function SeeAlso({ ids }: { ids: readonly string[] }) {
  return (
    <p class="see-also">
      {t('guideSeeAlso')}{' '}
      {ids.map((id, i) => {
        const heading = headingOf(id);
        return (
          <span key={id}>
            {i > 0 && ' · '}
            <SectionLink to={id}>{heading ? t(heading) : id}</SectionLink>
          </span>
        );
      })}
    </p>
  );
}

function BlockView({ block, casesHref }: { block: Block; casesHref: string }) {
  if ('p' in block) return <p>{t(block.p)}</p>;
  if ('note' in block) return <p class="note">{t(block.note)}</p>;
  if ('see' in block) return <SeeAlso ids={block.see} />;
  if ('cases' in block) {
    return (
      <p>
        <a href={casesHref}>{t(block.cases)}</a>
      </p>
    );
  }
  const [Tag, items] = 'ul' in block ? (['ul', block.ul] as const) : (['ol', block.ol] as const);
  return (
    <Tag>
      {items.map((item) => (
        <ListItem key={typeof item === 'string' ? item : item[0]} item={item} />
      ))}
    </Tag>
  );
}

/** One section and its children; `level` is the heading level (2 for top-level sections). */
function SectionView({
  section,
  level,
  casesHref,
}: {
  section: GuideSection;
  level: 2 | 3;
  casesHref: string;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section id={section.id} class="guide-section" tabIndex={-1}>
      <Heading>{t(section.heading)}</Heading>
      {section.blocks.map((block, i) => (
        <BlockView key={i} block={block} casesHref={casesHref} />
      ))}
      {section.children?.map((child) => (
        <SectionView key={child.id} section={child} level={3} casesHref={casesHref} />
      ))}
    </section>
  );
}

export function GuideSections({
  sections,
  casesHref,
}: {
  sections: readonly GuideSection[];
  casesHref: string;
}) {
  return (
    <>
      {sections.map((section) => (
        <SectionView key={section.id} section={section} level={2} casesHref={casesHref} />
      ))}
    </>
  );
}
