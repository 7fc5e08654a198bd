// The console's texts for watches, the notification inbox, webhooks.

export const zh = {
};

export const en: Record<keyof typeof zh, string> = {
};
