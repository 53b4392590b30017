export const searchTypeDefs = ''
