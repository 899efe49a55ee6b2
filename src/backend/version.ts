// The app's version, shown in status and written into generated decks' metadata.
export const VERSION = '0.1.0';
