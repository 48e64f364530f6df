import type { RegulatorRegion } from '../../catalog/regulators';
import { t } from '../../wording/i18n';
import { REGION_LABEL, regionSectionId } from './regulator-directory';
import { REGULATORS_ID, type GuideSection } from './sections';
import { SectionLink } from './section-link';

function Entry({ section }: { section: GuideSection }) {
  return (
    <li>
      <SectionLink to={section.id}>{t(section.heading)}</SectionLink>
      {section.children && (
        <ul>
          {section.children.map((child) => (
            <Entry key={child.id} section={child} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** Links to every section, nested as the page is; regions in the directory's order. */
export function Toc({
  sections,
  regions,
}: {
  sections: readonly GuideSection[];
  regions: readonly RegulatorRegion[];
}) {
  return (
    <nav class="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading">{t('guideToc')}</h2>
      <ul>
        {sections.map((section) => (
          <Entry key={section.id} section={section} />
        ))}
        <li>
          <SectionLink to={REGULATORS_ID}>{t('guideRegulatorsHeading')}</SectionLink>
          <ul>
            {regions.map((region) => (
              <li key={region}>
                <SectionLink to={regionSectionId(region)}>{t(REGION_LABEL[region])}</SectionLink>
              </li>
            ))}
          </ul>
        </li>
      </ul>
    </nav>
  );
}
