// The console's texts for cases: list, page, case file, bulk triage.

export const zh = {
};

export const en: Record<keyof typeof zh, string> = {
};
