// The console's texts for the timeline of posts, relations, holdings and roles.

export const zh = {
};

export const en: Record<keyof typeof zh, string> = {
};
