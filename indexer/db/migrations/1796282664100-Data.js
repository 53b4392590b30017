module.exports = class Data1796282664100 {
    name = 'Data1796282664100'

    async up(db) {
        await db.query(`ALTER TABLE "heartbeat" ADD "disabled_seconds" integer NOT NULL DEFAULT 0`)
        await db.query(`ALTER TABLE "heartbeat" ALTER COLUMN "disabled_seconds" DROP DEFAULT`)
    }

    async down(db) {
        await db.query(`ALTER TABLE "heartbeat" DROP COLUMN "disabled_seconds"`)
    }
}
