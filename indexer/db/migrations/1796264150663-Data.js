module.exports = class Data1796264150663 {
    name = 'Data1796264150663'

    async up(db) {
        await db.query(`ALTER TABLE "tee_node" ADD "disabled_seconds" integer NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "tee_node" ALTER COLUMN "disabled_seconds" DROP DEFAULT`)
        await db.query(`ALTER TABLE "tee_node" ADD "disabled_at" TIMESTAMP WITH TIME ZONE`)
        await db.query(`ALTER TABLE "tee_node" ADD "disabled_since_heartbeat" integer NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "tee_node" ALTER COLUMN "disabled_since_heartbeat" DROP DEFAULT`)
    }

    async down(db) {
        await db.query(`ALTER TABLE "tee_node" DROP COLUMN "disabled_seconds"`)
        await db.query(`ALTER TABLE "tee_node" DROP COLUMN "disabled_at"`)
        await db.query(`ALTER TABLE "tee_node" DROP COLUMN "disabled_since_heartbeat"`)
    }
}
