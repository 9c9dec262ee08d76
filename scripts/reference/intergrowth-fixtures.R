# Writes the R-made reference fixtures of the INTERGROWTH-21st newborn and
# preterm functions into test/fixtures/intergrowth/ (see the README there).
# Only numbers produced by the two independent R packages are kept in the
# repository; this script calls them and writes CSV. It contains no code of
# either package.
#
#   growthstandards 0.1.6 (MIT)  github.com/ki-tools/growthstandards
#   gigs 0.5.1 (GPL-3)           github.com/lshtm-gigs/gigs, tag v0.5.1
#   gamlss.dist (GPL)            github.com/gamlss-dev/gamlss.dist
#
# Usage (from the repository root):
#   Rscript scripts/reference/intergrowth-fixtures.R [OUT_DIR] [LIB_DIR]
#   LIB_DIR: an R library holding gigs, growthstandards and gamlss.dist.
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[[1]] else "test/fixtures/intergrowth"
if (length(args) >= 2) .libPaths(c(args[[2]], .libPaths()))
suppressPackageStartupMessages({
  library(gigs)
  library(growthstandards)
})
options(warn = -1)
gigs_option_set("handle_missing_data", "quiet", silent = TRUE)
gigs_option_set("handle_undefined_data", "quiet", silent = TRUE)
gigs_option_set("handle_oob_xvar", "quiet", silent = TRUE)
gigs_option_set("handle_invalid_sex", "quiet", silent = TRUE)

# Shortest of 15 or 17 significant digits that reads back as the same double.
num <- function(x) {
  s15 <- sprintf("%.15g", x)
  s <- ifelse(as.numeric(s15) == x, s15, sprintf("%.17g", x))
  ifelse(is.na(x), "", s)
}
write_fixture <- function(df, file) {
  for (k in names(df)) if (is.double(df[[k]])) df[[k]] <- num(df[[k]])
  write.csv(df, file.path(out, file), row.names = FALSE, quote = FALSE, na = "")
}
gs_sex <- function(s) ifelse(s == "M", "Male", "Female")
nbs_var <- c(wfga = "wtkg", lfga = "lencm", hcfga = "hcircm")
png_var <- c(wfa = "wtkg", lfa = "lencm", hcfa = "hcircm")

# 1. Newborn size at non-whole gestational ages --------------------------------
set.seed(2025)
n_random <- 160
ga <- c(
  round(runif(n_random, 168, 300), 3),
  seq(231.5, 299.5, length.out = 35),           # exact halves: R's round() goes to the even day
  c(167.999, 168.001, 230.5, 230.999, 231.001, 258.999, 259.001, 299.999, 300.001)
)
n <- length(ga)
sex <- sample(c("M", "F"), n, replace = TRUE)
zt <- matrix(rnorm(3 * n, 0, 1.4), ncol = 3)
aim_ga <- pmin(pmax(ga, 168), 300)
w <- round(zscore2value(zt[, 1], aim_ga, sex, family = "ig_nbs", acronym = "wfga"), 3)
l <- round(zscore2value(zt[, 2], aim_ga, sex, family = "ig_nbs", acronym = "lfga"), 1)
h <- round(zscore2value(zt[, 3], aim_ga, sex, family = "ig_nbs", acronym = "hcfga"), 1)
nb <- data.frame(id = seq_len(n), sex = ifelse(sex == "M", 1L, 2L), ga_days = ga,
                 weight_kg = w, length_cm = l, headc_cm = h)
meas <- list(wei = w, len = l, hc = h)
acr <- c(wei = "wfga", len = "lfga", hc = "hcfga")
for (m in names(meas)) {
  nb[[paste0("z_", m, "_gs")]] <- igb_value2zscore(ga, meas[[m]], var = nbs_var[[acr[[m]]]], sex = gs_sex(sex))
  nb[[paste0("z_", m, "_gigs")]] <- value2zscore(meas[[m]], ga, sex, family = "ig_nbs", acronym = acr[[m]])
}
for (m in names(meas)) {
  nb[[paste0("c_", m, "_gs")]] <- igb_value2centile(ga, meas[[m]], var = nbs_var[[acr[[m]]]], sex = gs_sex(sex))
  nb[[paste0("c_", m, "_gigs")]] <- 100 * value2centile(meas[[m]], ga, sex, family = "ig_nbs", acronym = acr[[m]])
}
sf <- classify_sfga(data.frame(w = w, ga = ga, sex = sex), w, ga, sex)
nb$sfga_gigs <- as.character(sf$sfga)
nb$sfga_severe_gigs <- as.character(sf$sfga_severe)
sv <- classify_svn(data.frame(w = w, ga = ga, sex = sex), w, ga, sex)
nb$svn_gigs <- as.character(sv$svn)
write_fixture(nb, "newborn-fractional-ga.csv")

# 2. Small-vulnerable-newborn type of the 300 public reference records -----------
ref <- read.csv(file.path(out, "intergrowth-newborn.csv"))
rsex <- ifelse(ref$sex == 1, "M", "F")
sv <- classify_svn(data.frame(w = ref$weight_kg), ref$weight_kg, ref$ga_days, rsex)
write_fixture(data.frame(id = ref$id, svn_gigs = as.character(sv$svn)), "intergrowth-newborn-svn.csv")

# 3. Newborn curves: the measurement at a z-score and at a centile --------------
zs <- -3:3
cs <- c(3, 10, 90, 97)
days <- c(168:300, 200.5, 230.5, 231.5, 245.25, 270.75, 299.5)
cur <- expand.grid(z = zs, ga_days = days, sex = c("M", "F"), measure = names(acr), stringsAsFactors = FALSE)
cur$value_gigs <- NA_real_
cur$value_gs <- NA_real_
for (m in names(acr)) for (s in c("M", "F")) {
  k <- cur$measure == m & cur$sex == s
  cur$value_gigs[k] <- zscore2value(cur$z[k], cur$ga_days[k], s, family = "ig_nbs", acronym = acr[[m]])
  cur$value_gs[k] <- igb_zscore2value(cur$ga_days[k], cur$z[k], var = nbs_var[[acr[[m]]]], sex = gs_sex(s))
}
cen <- expand.grid(centile = cs, ga_days = days, sex = c("M", "F"), measure = names(acr), stringsAsFactors = FALSE)
cen$value_gigs <- NA_real_
for (m in names(acr)) for (s in c("M", "F")) {
  k <- cen$measure == m & cen$sex == s
  cen$value_gigs[k] <- centile2value(cen$centile[k] / 100, cen$ga_days[k], s, family = "ig_nbs", acronym = acr[[m]])
}
cur$sex <- ifelse(cur$sex == "M", 1L, 2L)
cen$sex <- ifelse(cen$sex == "M", 1L, 2L)
write_fixture(cur[, c("measure", "sex", "ga_days", "z", "value_gigs", "value_gs")], "newborn-curves-z.csv")
write_fixture(cen[, c("measure", "sex", "ga_days", "centile", "value_gigs")], "newborn-curves-centile.csv")

# 4. Postnatal curves ----------------------------------------------------------
pacr <- c(wei = "wfa", len = "lfa", hc = "hcfa")
weeks <- c(27:64, 27 + 3 / 7, 33.5, 40 + 1 / 7, 52.25, 63 + 6 / 7)
pc <- expand.grid(z = zs, pma_weeks = weeks, sex = c("M", "F"), measure = names(pacr), stringsAsFactors = FALSE)
pc$value_gigs <- NA_real_
pc$value_gs <- NA_real_
for (m in names(pacr)) for (s in c("M", "F")) {
  k <- pc$measure == m & pc$sex == s
  pc$value_gigs[k] <- zscore2value(pc$z[k], pc$pma_weeks[k], s, family = "ig_png", acronym = pacr[[m]])
  pc$value_gs[k] <- igprepost_zscore2value(pc$pma_weeks[k] * 7, pc$z[k], var = png_var[[pacr[[m]]]], sex = gs_sex(s))
}
pc$sex <- ifelse(pc$sex == "M", 1L, 2L)
write_fixture(pc[, c("measure", "sex", "pma_weeks", "z", "value_gigs", "value_gs")], "postnatal-curves-z.csv")

# 5. Far tails: what the packages return for a measurement whose true z is large.
# The measurement at an exact z is computed here from the definitions, in the
# tail that keeps its precision (R's qt with lower.tail = FALSE, qnorm of the
# small tail); both packages then score it through the centile.
coef_file <- function(m) file.path("data", "intergrowth", paste0("INTERGROWTH_newborn_standards_parameters_", m, ".csv"))
st3 <- list(wfga = read.csv(coef_file("BW")), lfga = read.csv(coef_file("BL")), hcfga = read.csv(coef_file("HC")))
st3_value <- function(z, mu, sigma, nu, tau) {
  lower <- pnorm(z)
  upper <- pnorm(z, lower.tail = FALSE)
  if (lower < 1 / (1 + nu^2)) mu - (sigma / nu) * qt(lower * (1 + nu^2) / 2, tau, lower.tail = FALSE)
  else mu + sigma * nu * qt(upper * (1 + nu^2) / (2 * nu^2), tau, lower.tail = FALSE)
}
vp <- list(wfga = c(-7.00303, 1.325911, 0.0571937, sqrt(0.0373218)),
           lfga = c(1.307633, 1.270022, 0.4263885, sqrt(6.757543)),
           hcfga = c(0.7866522, 0.887638, 0.2513385, sqrt(2.433481)))
vp_value <- function(z, m, ga, male) {
  x <- ga / 7
  b <- vp[[m]]
  mu <- b[1] + b[2] * (if (m == "wfga") sqrt(x) else x) + b[3] * male
  v <- mu + z * b[4]
  if (m == "wfga") exp(v) else v
}
ex <- expand.grid(z = c(-8, -7, -6, -5, 5, 6, 7, 8, 10, 15), ga_days = c(168, 200, 230, 231, 259, 280, 300),
                  sex = c("M", "F"), measure = names(acr), stringsAsFactors = FALSE)
ex$value <- mapply(function(z, ga, s, m) {
  a <- acr[[m]]
  if (ga < 231) return(vp_value(z, a, ga, s == "M"))
  r <- st3[[a]][st3[[a]]$ga == ga & st3[[a]]$sex == gs_sex(s), ]
  st3_value(z, r$mu, r$sigma, r$nu, r$tau)
}, ex$z, ex$ga_days, ex$sex, ex$measure)
ex <- ex[ex$value > 0, ]
ex$z_gigs <- NA_real_
ex$z_gs <- NA_real_
for (i in seq_len(nrow(ex))) {
  ex$z_gigs[i] <- value2zscore(ex$value[i], ex$ga_days[i], ex$sex[i], family = "ig_nbs", acronym = acr[[ex$measure[i]]])
  ex$z_gs[i] <- igb_value2zscore(ex$ga_days[i], ex$value[i], var = nbs_var[[acr[[ex$measure[i]]]]], sex = gs_sex(ex$sex[i]))
}
ex$sex <- ifelse(ex$sex == "M", 1L, 2L)
write_fixture(ex[, c("measure", "sex", "ga_days", "z", "value", "z_gigs", "z_gs")], "newborn-far-tails.csv")

cat(sprintf("R %s, gigs %s, growthstandards %s, gamlss.dist %s\n", getRversion(), packageVersion("gigs"),
            packageVersion("growthstandards"), packageVersion("gamlss.dist")))
