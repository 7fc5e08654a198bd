// The console's texts for ranked search and the review of near matches.

export const zh = {
};

export const en: Record<keyof typeof zh, string> = {
};
