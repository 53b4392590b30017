// Hand-written: start blocks found by discovery, per chain (chain id and genesis hash) and contract set.
// Its own table, outside the processors' state schemas and the entity tables, so a deep-reorg reset
// (which empties those) keeps it: the contracts were deployed where they were, whatever reorged later.
module.exports = class StartBlocks1796221596066 {
    name = 'StartBlocks1796221596066'

    async up(db) {
        await db.query(`CREATE TABLE "start_block" ("chain_id" integer NOT NULL, "genesis_hash" text NOT NULL, "contracts" text NOT NULL, "block" integer NOT NULL, "found_by" text NOT NULL, "found_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_start_block" PRIMARY KEY ("chain_id", "genesis_hash", "contracts"))`)
    }

    async down(db) {
        await db.query(`DROP TABLE "start_block"`)
    }
}
