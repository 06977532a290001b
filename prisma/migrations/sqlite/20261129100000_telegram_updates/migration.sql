-- Telegram updates taken for handling (exactly once: the unique key is inserted before the effect)
-- and the private chats with their keyboard generation and language.
CREATE TABLE "TelegramUpdate" (
    "botId" TEXT NOT NULL,
    "updateId" BIGINT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    PRIMARY KEY ("botId", "updateId")
);
CREATE INDEX "TelegramUpdate_receivedAt_idx" ON "TelegramUpdate"("receivedAt");

CREATE TABLE "TelegramChat" (
    "chatId" TEXT NOT NULL PRIMARY KEY,
    "keyboardGeneration" INTEGER NOT NULL,
    "locale" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);
