import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { planCompleteness } from '../../src/domain/plan-completeness';
import { planSections } from '../../src/domain/plan-sections';
import { locale } from '../../src/i18n/locale.svelte';
import StepChecklist from '../../src/steps/StepChecklist.svelte';

describe('StepChecklist', () => {
  it('lists what the step still lacks, open, with how many things lack it', () => {
    locale.language = 'es';
    const completeness = planCompleteness({ fields: { 'diagnosis.needs': 'Pan' }, sections: planSections({ sections: {} }) }, { datasets: ['transactions'] }).diagnosis;
    const { container } = render(StepChecklist, { completeness });
    expect(container.querySelector('details')).toHaveAttribute('open');
    expect(screen.getByText('1 de 3 hechos')).toBeInTheDocument();
    expect(screen.getByText('Importar el fichero de clientes')).toBeInTheDocument();
    expect(screen.getByText('(faltan 5)')).toBeInTheDocument();
    expect(container.querySelectorAll('li[data-done="false"]')).toHaveLength(2);
    expect(screen.getAllByText('Pendiente:')).toHaveLength(2);
  });

  it('says when the step is complete, and stays closed', () => {
    locale.language = 'en';
    const completeness = planCompleteness({ fields: {}, sections: planSections({ sections: { dissemination: { audiences: [
      { id: 'a', kind: 'employees', message: 'Why the card matters' },
      { id: 'b', kind: 'customers', message: 'The club' },
    ] } } }) }, { datasets: [] }).dissemination;
    const { container } = render(StepChecklist, { completeness });
    expect(container.querySelector('details')).not.toHaveAttribute('open');
    expect(screen.getByText('This step is complete.')).toBeInTheDocument();
    expect(screen.getByText('3 of 3 done')).toBeInTheDocument();
  });
});
