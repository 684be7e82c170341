using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WatchDog.Core.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "leases",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    holder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: false),
                    epoch = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_leases", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "rollup_states",
                columns: table => new
                {
                    name = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    rolled_until = table.Column<long>(type: "INTEGER", nullable: false),
                    rolled_max_check_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rollup_states", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "targets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: false),
                    interval_seconds = table.Column<long>(type: "INTEGER", nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    last_checked_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_response_time_ms = table.Column<int>(type: "INTEGER", nullable: true),
                    last_status_code = table.Column<int>(type: "INTEGER", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    consecutive_failures = table.Column<int>(type: "INTEGER", nullable: false),
                    consecutive_successes = table.Column<int>(type: "INTEGER", nullable: false),
                    failing_since = table.Column<long>(type: "INTEGER", nullable: true),
                    failing_first_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    failures_to_down = table.Column<int>(type: "INTEGER", nullable: true),
                    successes_to_up = table.Column<int>(type: "INTEGER", nullable: true),
                    warm_median_ms = table.Column<int>(type: "INTEGER", nullable: true),
                    platform = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    keep_warm_schedule = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    keep_warm_time_zone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    check_settings = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_targets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "check_results",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    target_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    due_at = table.Column<long>(type: "INTEGER", nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: false),
                    duration_ms = table.Column<int>(type: "INTEGER", nullable: false),
                    status_code = table.Column<int>(type: "INTEGER", nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    error_kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    cold_start = table.Column<bool>(type: "INTEGER", nullable: false),
                    failed_condition = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    certificate_expires_at = table.Column<long>(type: "INTEGER", nullable: true),
                    lease_epoch = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_check_results", x => x.id);
                    table.ForeignKey(
                        name: "fk_check_results_targets_target_id",
                        column: x => x.target_id,
                        principalTable: "targets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "check_rollups",
                columns: table => new
                {
                    target_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    period = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    period_start = table.Column<long>(type: "INTEGER", nullable: false),
                    checks = table.Column<int>(type: "INTEGER", nullable: false),
                    good_checks = table.Column<int>(type: "INTEGER", nullable: false),
                    cold_starts = table.Column<int>(type: "INTEGER", nullable: false),
                    duration_sum_ms = table.Column<long>(type: "INTEGER", nullable: false),
                    duration_min_ms = table.Column<int>(type: "INTEGER", nullable: true),
                    duration_max_ms = table.Column<int>(type: "INTEGER", nullable: true),
                    p50ms = table.Column<int>(type: "INTEGER", nullable: true),
                    p95ms = table.Column<int>(type: "INTEGER", nullable: true),
                    histogram = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_check_rollups", x => new { x.target_id, x.period, x.period_start });
                    table.ForeignKey(
                        name: "fk_check_rollups_targets_target_id",
                        column: x => x.target_id,
                        principalTable: "targets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "incidents",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    target_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: false),
                    ended_at = table.Column<long>(type: "INTEGER", nullable: true),
                    first_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    failed_checks = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidents", x => x.id);
                    table.ForeignKey(
                        name: "fk_incidents_targets_target_id",
                        column: x => x.target_id,
                        principalTable: "targets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_check_results_due_at",
                table: "check_results",
                column: "due_at");

            migrationBuilder.CreateIndex(
                name: "ix_check_results_target_id_due_at",
                table: "check_results",
                columns: new[] { "target_id", "due_at" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_check_rollups_period_period_start",
                table: "check_rollups",
                columns: new[] { "period", "period_start" });

            migrationBuilder.CreateIndex(
                name: "ix_incidents_target_id_open",
                table: "incidents",
                column: "target_id",
                unique: true,
                filter: "ended_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_target_id_started_at",
                table: "incidents",
                columns: new[] { "target_id", "started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_targets_is_active",
                table: "targets",
                column: "is_active");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "check_results");

            migrationBuilder.DropTable(
                name: "check_rollups");

            migrationBuilder.DropTable(
                name: "incidents");

            migrationBuilder.DropTable(
                name: "leases");

            migrationBuilder.DropTable(
                name: "rollup_states");

            migrationBuilder.DropTable(
                name: "targets");
        }
    }
}
