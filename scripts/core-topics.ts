/**
 * The five core topic ids the contract names (README, "Contract"): the scripts measure them apart
 * from the rest of the taxonomy. The taxonomy itself lists no core topics; its files are data.
 */
export const CORE_TOPICS = ['lora', 'moe', 'ssm', 'quantization', 'continual-learning'] as const;
