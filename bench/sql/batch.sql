-- Captured by bench/bench.py from the service itself (one request through the real view);
-- regenerated on every run. Per-request user and account ids are pgbench variables.
\set src_0 random(1, :users)
\set dst_0 random(1, :users - 1)
\if :dst_0 >= :src_0
\set dst_0 :dst_0 + 1
\endif
\set src_0_acct 2 * :src_0 + 1
\set dst_0_acct 2 * :dst_0 + 1
\set src_1 random(1, :users)
\set dst_1 random(1, :users - 1)
\if :dst_1 >= :src_1
\set dst_1 :dst_1 + 1
\endif
\set src_1_acct 2 * :src_1 + 1
\set dst_1_acct 2 * :dst_1 + 1
\set src_2 random(1, :users)
\set dst_2 random(1, :users - 1)
\if :dst_2 >= :src_2
\set dst_2 :dst_2 + 1
\endif
\set src_2_acct 2 * :src_2 + 1
\set dst_2_acct 2 * :dst_2 + 1
\set src_3 random(1, :users)
\set dst_3 random(1, :users - 1)
\if :dst_3 >= :src_3
\set dst_3 :dst_3 + 1
\endif
\set src_3_acct 2 * :src_3 + 1
\set dst_3_acct 2 * :dst_3 + 1
\set src_4 random(1, :users)
\set dst_4 random(1, :users - 1)
\if :dst_4 >= :src_4
\set dst_4 :dst_4 + 1
\endif
\set src_4_acct 2 * :src_4 + 1
\set dst_4_acct 2 * :dst_4 + 1
\set src_5 random(1, :users)
\set dst_5 random(1, :users - 1)
\if :dst_5 >= :src_5
\set dst_5 :dst_5 + 1
\endif
\set src_5_acct 2 * :src_5 + 1
\set dst_5_acct 2 * :dst_5 + 1
\set src_6 random(1, :users)
\set dst_6 random(1, :users - 1)
\if :dst_6 >= :src_6
\set dst_6 :dst_6 + 1
\endif
\set src_6_acct 2 * :src_6 + 1
\set dst_6_acct 2 * :dst_6 + 1
\set src_7 random(1, :users)
\set dst_7 random(1, :users - 1)
\if :dst_7 >= :src_7
\set dst_7 :dst_7 + 1
\endif
\set src_7_acct 2 * :src_7 + 1
\set dst_7_acct 2 * :dst_7 + 1
\set src_8 random(1, :users)
\set dst_8 random(1, :users - 1)
\if :dst_8 >= :src_8
\set dst_8 :dst_8 + 1
\endif
\set src_8_acct 2 * :src_8 + 1
\set dst_8_acct 2 * :dst_8 + 1
\set src_9 random(1, :users)
\set dst_9 random(1, :users - 1)
\if :dst_9 >= :src_9
\set dst_9 :dst_9 + 1
\endif
\set src_9_acct 2 * :src_9 + 1
\set dst_9_acct 2 * :dst_9 + 1
\set src_10 random(1, :users)
\set dst_10 random(1, :users - 1)
\if :dst_10 >= :src_10
\set dst_10 :dst_10 + 1
\endif
\set src_10_acct 2 * :src_10 + 1
\set dst_10_acct 2 * :dst_10 + 1
\set src_11 random(1, :users)
\set dst_11 random(1, :users - 1)
\if :dst_11 >= :src_11
\set dst_11 :dst_11 + 1
\endif
\set src_11_acct 2 * :src_11 + 1
\set dst_11_acct 2 * :dst_11 + 1
\set src_12 random(1, :users)
\set dst_12 random(1, :users - 1)
\if :dst_12 >= :src_12
\set dst_12 :dst_12 + 1
\endif
\set src_12_acct 2 * :src_12 + 1
\set dst_12_acct 2 * :dst_12 + 1
\set src_13 random(1, :users)
\set dst_13 random(1, :users - 1)
\if :dst_13 >= :src_13
\set dst_13 :dst_13 + 1
\endif
\set src_13_acct 2 * :src_13 + 1
\set dst_13_acct 2 * :dst_13 + 1
\set src_14 random(1, :users)
\set dst_14 random(1, :users - 1)
\if :dst_14 >= :src_14
\set dst_14 :dst_14 + 1
\endif
\set src_14_acct 2 * :src_14 + 1
\set dst_14_acct 2 * :dst_14 + 1
\set src_15 random(1, :users)
\set dst_15 random(1, :users - 1)
\if :dst_15 >= :src_15
\set dst_15 :dst_15 + 1
\endif
\set src_15_acct 2 * :src_15 + 1
\set dst_15_acct 2 * :dst_15 + 1
\set src_16 random(1, :users)
\set dst_16 random(1, :users - 1)
\if :dst_16 >= :src_16
\set dst_16 :dst_16 + 1
\endif
\set src_16_acct 2 * :src_16 + 1
\set dst_16_acct 2 * :dst_16 + 1
\set src_17 random(1, :users)
\set dst_17 random(1, :users - 1)
\if :dst_17 >= :src_17
\set dst_17 :dst_17 + 1
\endif
\set src_17_acct 2 * :src_17 + 1
\set dst_17_acct 2 * :dst_17 + 1
\set src_18 random(1, :users)
\set dst_18 random(1, :users - 1)
\if :dst_18 >= :src_18
\set dst_18 :dst_18 + 1
\endif
\set src_18_acct 2 * :src_18 + 1
\set dst_18_acct 2 * :dst_18 + 1
\set src_19 random(1, :users)
\set dst_19 random(1, :users - 1)
\if :dst_19 >= :src_19
\set dst_19 :dst_19 + 1
\endif
\set src_19_acct 2 * :src_19 + 1
\set dst_19_acct 2 * :dst_19 + 1
\set src_20 random(1, :users)
\set dst_20 random(1, :users - 1)
\if :dst_20 >= :src_20
\set dst_20 :dst_20 + 1
\endif
\set src_20_acct 2 * :src_20 + 1
\set dst_20_acct 2 * :dst_20 + 1
\set src_21 random(1, :users)
\set dst_21 random(1, :users - 1)
\if :dst_21 >= :src_21
\set dst_21 :dst_21 + 1
\endif
\set src_21_acct 2 * :src_21 + 1
\set dst_21_acct 2 * :dst_21 + 1
\set src_22 random(1, :users)
\set dst_22 random(1, :users - 1)
\if :dst_22 >= :src_22
\set dst_22 :dst_22 + 1
\endif
\set src_22_acct 2 * :src_22 + 1
\set dst_22_acct 2 * :dst_22 + 1
\set src_23 random(1, :users)
\set dst_23 random(1, :users - 1)
\if :dst_23 >= :src_23
\set dst_23 :dst_23 + 1
\endif
\set src_23_acct 2 * :src_23 + 1
\set dst_23_acct 2 * :dst_23 + 1
\set src_24 random(1, :users)
\set dst_24 random(1, :users - 1)
\if :dst_24 >= :src_24
\set dst_24 :dst_24 + 1
\endif
\set src_24_acct 2 * :src_24 + 1
\set dst_24_acct 2 * :dst_24 + 1
\set src_25 random(1, :users)
\set dst_25 random(1, :users - 1)
\if :dst_25 >= :src_25
\set dst_25 :dst_25 + 1
\endif
\set src_25_acct 2 * :src_25 + 1
\set dst_25_acct 2 * :dst_25 + 1
\set src_26 random(1, :users)
\set dst_26 random(1, :users - 1)
\if :dst_26 >= :src_26
\set dst_26 :dst_26 + 1
\endif
\set src_26_acct 2 * :src_26 + 1
\set dst_26_acct 2 * :dst_26 + 1
\set src_27 random(1, :users)
\set dst_27 random(1, :users - 1)
\if :dst_27 >= :src_27
\set dst_27 :dst_27 + 1
\endif
\set src_27_acct 2 * :src_27 + 1
\set dst_27_acct 2 * :dst_27 + 1
\set src_28 random(1, :users)
\set dst_28 random(1, :users - 1)
\if :dst_28 >= :src_28
\set dst_28 :dst_28 + 1
\endif
\set src_28_acct 2 * :src_28 + 1
\set dst_28_acct 2 * :dst_28 + 1
\set src_29 random(1, :users)
\set dst_29 random(1, :users - 1)
\if :dst_29 >= :src_29
\set dst_29 :dst_29 + 1
\endif
\set src_29_acct 2 * :src_29 + 1
\set dst_29_acct 2 * :dst_29 + 1
\set src_30 random(1, :users)
\set dst_30 random(1, :users - 1)
\if :dst_30 >= :src_30
\set dst_30 :dst_30 + 1
\endif
\set src_30_acct 2 * :src_30 + 1
\set dst_30_acct 2 * :dst_30 + 1
\set src_31 random(1, :users)
\set dst_31 random(1, :users - 1)
\if :dst_31 >= :src_31
\set dst_31 :dst_31 + 1
\endif
\set src_31_acct 2 * :src_31 + 1
\set dst_31_acct 2 * :dst_31 + 1
\set src_32 random(1, :users)
\set dst_32 random(1, :users - 1)
\if :dst_32 >= :src_32
\set dst_32 :dst_32 + 1
\endif
\set src_32_acct 2 * :src_32 + 1
\set dst_32_acct 2 * :dst_32 + 1
\set src_33 random(1, :users)
\set dst_33 random(1, :users - 1)
\if :dst_33 >= :src_33
\set dst_33 :dst_33 + 1
\endif
\set src_33_acct 2 * :src_33 + 1
\set dst_33_acct 2 * :dst_33 + 1
\set src_34 random(1, :users)
\set dst_34 random(1, :users - 1)
\if :dst_34 >= :src_34
\set dst_34 :dst_34 + 1
\endif
\set src_34_acct 2 * :src_34 + 1
\set dst_34_acct 2 * :dst_34 + 1
\set src_35 random(1, :users)
\set dst_35 random(1, :users - 1)
\if :dst_35 >= :src_35
\set dst_35 :dst_35 + 1
\endif
\set src_35_acct 2 * :src_35 + 1
\set dst_35_acct 2 * :dst_35 + 1
\set src_36 random(1, :users)
\set dst_36 random(1, :users - 1)
\if :dst_36 >= :src_36
\set dst_36 :dst_36 + 1
\endif
\set src_36_acct 2 * :src_36 + 1
\set dst_36_acct 2 * :dst_36 + 1
\set src_37 random(1, :users)
\set dst_37 random(1, :users - 1)
\if :dst_37 >= :src_37
\set dst_37 :dst_37 + 1
\endif
\set src_37_acct 2 * :src_37 + 1
\set dst_37_acct 2 * :dst_37 + 1
\set src_38 random(1, :users)
\set dst_38 random(1, :users - 1)
\if :dst_38 >= :src_38
\set dst_38 :dst_38 + 1
\endif
\set src_38_acct 2 * :src_38 + 1
\set dst_38_acct 2 * :dst_38 + 1
\set src_39 random(1, :users)
\set dst_39 random(1, :users - 1)
\if :dst_39 >= :src_39
\set dst_39 :dst_39 + 1
\endif
\set src_39_acct 2 * :src_39 + 1
\set dst_39_acct 2 * :dst_39 + 1
\set src_40 random(1, :users)
\set dst_40 random(1, :users - 1)
\if :dst_40 >= :src_40
\set dst_40 :dst_40 + 1
\endif
\set src_40_acct 2 * :src_40 + 1
\set dst_40_acct 2 * :dst_40 + 1
\set src_41 random(1, :users)
\set dst_41 random(1, :users - 1)
\if :dst_41 >= :src_41
\set dst_41 :dst_41 + 1
\endif
\set src_41_acct 2 * :src_41 + 1
\set dst_41_acct 2 * :dst_41 + 1
\set src_42 random(1, :users)
\set dst_42 random(1, :users - 1)
\if :dst_42 >= :src_42
\set dst_42 :dst_42 + 1
\endif
\set src_42_acct 2 * :src_42 + 1
\set dst_42_acct 2 * :dst_42 + 1
\set src_43 random(1, :users)
\set dst_43 random(1, :users - 1)
\if :dst_43 >= :src_43
\set dst_43 :dst_43 + 1
\endif
\set src_43_acct 2 * :src_43 + 1
\set dst_43_acct 2 * :dst_43 + 1
\set src_44 random(1, :users)
\set dst_44 random(1, :users - 1)
\if :dst_44 >= :src_44
\set dst_44 :dst_44 + 1
\endif
\set src_44_acct 2 * :src_44 + 1
\set dst_44_acct 2 * :dst_44 + 1
\set src_45 random(1, :users)
\set dst_45 random(1, :users - 1)
\if :dst_45 >= :src_45
\set dst_45 :dst_45 + 1
\endif
\set src_45_acct 2 * :src_45 + 1
\set dst_45_acct 2 * :dst_45 + 1
\set src_46 random(1, :users)
\set dst_46 random(1, :users - 1)
\if :dst_46 >= :src_46
\set dst_46 :dst_46 + 1
\endif
\set src_46_acct 2 * :src_46 + 1
\set dst_46_acct 2 * :dst_46 + 1
\set src_47 random(1, :users)
\set dst_47 random(1, :users - 1)
\if :dst_47 >= :src_47
\set dst_47 :dst_47 + 1
\endif
\set src_47_acct 2 * :src_47 + 1
\set dst_47_acct 2 * :dst_47 + 1
\set src_48 random(1, :users)
\set dst_48 random(1, :users - 1)
\if :dst_48 >= :src_48
\set dst_48 :dst_48 + 1
\endif
\set src_48_acct 2 * :src_48 + 1
\set dst_48_acct 2 * :dst_48 + 1
\set src_49 random(1, :users)
\set dst_49 random(1, :users - 1)
\if :dst_49 >= :src_49
\set dst_49 :dst_49 + 1
\endif
\set src_49_acct 2 * :src_49 + 1
\set dst_49_acct 2 * :dst_49 + 1
\set src_50 random(1, :users)
\set dst_50 random(1, :users - 1)
\if :dst_50 >= :src_50
\set dst_50 :dst_50 + 1
\endif
\set src_50_acct 2 * :src_50 + 1
\set dst_50_acct 2 * :dst_50 + 1
\set src_51 random(1, :users)
\set dst_51 random(1, :users - 1)
\if :dst_51 >= :src_51
\set dst_51 :dst_51 + 1
\endif
\set src_51_acct 2 * :src_51 + 1
\set dst_51_acct 2 * :dst_51 + 1
\set src_52 random(1, :users)
\set dst_52 random(1, :users - 1)
\if :dst_52 >= :src_52
\set dst_52 :dst_52 + 1
\endif
\set src_52_acct 2 * :src_52 + 1
\set dst_52_acct 2 * :dst_52 + 1
\set src_53 random(1, :users)
\set dst_53 random(1, :users - 1)
\if :dst_53 >= :src_53
\set dst_53 :dst_53 + 1
\endif
\set src_53_acct 2 * :src_53 + 1
\set dst_53_acct 2 * :dst_53 + 1
\set src_54 random(1, :users)
\set dst_54 random(1, :users - 1)
\if :dst_54 >= :src_54
\set dst_54 :dst_54 + 1
\endif
\set src_54_acct 2 * :src_54 + 1
\set dst_54_acct 2 * :dst_54 + 1
\set src_55 random(1, :users)
\set dst_55 random(1, :users - 1)
\if :dst_55 >= :src_55
\set dst_55 :dst_55 + 1
\endif
\set src_55_acct 2 * :src_55 + 1
\set dst_55_acct 2 * :dst_55 + 1
\set src_56 random(1, :users)
\set dst_56 random(1, :users - 1)
\if :dst_56 >= :src_56
\set dst_56 :dst_56 + 1
\endif
\set src_56_acct 2 * :src_56 + 1
\set dst_56_acct 2 * :dst_56 + 1
\set src_57 random(1, :users)
\set dst_57 random(1, :users - 1)
\if :dst_57 >= :src_57
\set dst_57 :dst_57 + 1
\endif
\set src_57_acct 2 * :src_57 + 1
\set dst_57_acct 2 * :dst_57 + 1
\set src_58 random(1, :users)
\set dst_58 random(1, :users - 1)
\if :dst_58 >= :src_58
\set dst_58 :dst_58 + 1
\endif
\set src_58_acct 2 * :src_58 + 1
\set dst_58_acct 2 * :dst_58 + 1
\set src_59 random(1, :users)
\set dst_59 random(1, :users - 1)
\if :dst_59 >= :src_59
\set dst_59 :dst_59 + 1
\endif
\set src_59_acct 2 * :src_59 + 1
\set dst_59_acct 2 * :dst_59 + 1
\set src_60 random(1, :users)
\set dst_60 random(1, :users - 1)
\if :dst_60 >= :src_60
\set dst_60 :dst_60 + 1
\endif
\set src_60_acct 2 * :src_60 + 1
\set dst_60_acct 2 * :dst_60 + 1
\set src_61 random(1, :users)
\set dst_61 random(1, :users - 1)
\if :dst_61 >= :src_61
\set dst_61 :dst_61 + 1
\endif
\set src_61_acct 2 * :src_61 + 1
\set dst_61_acct 2 * :dst_61 + 1
\set src_62 random(1, :users)
\set dst_62 random(1, :users - 1)
\if :dst_62 >= :src_62
\set dst_62 :dst_62 + 1
\endif
\set src_62_acct 2 * :src_62 + 1
\set dst_62_acct 2 * :dst_62 + 1
\set src_63 random(1, :users)
\set dst_63 random(1, :users - 1)
\if :dst_63 >= :src_63
\set dst_63 :dst_63 + 1
\endif
\set src_63_acct 2 * :src_63 + 1
\set dst_63_acct 2 * :dst_63 + 1
\set src_64 random(1, :users)
\set dst_64 random(1, :users - 1)
\if :dst_64 >= :src_64
\set dst_64 :dst_64 + 1
\endif
\set src_64_acct 2 * :src_64 + 1
\set dst_64_acct 2 * :dst_64 + 1
\set src_65 random(1, :users)
\set dst_65 random(1, :users - 1)
\if :dst_65 >= :src_65
\set dst_65 :dst_65 + 1
\endif
\set src_65_acct 2 * :src_65 + 1
\set dst_65_acct 2 * :dst_65 + 1
\set src_66 random(1, :users)
\set dst_66 random(1, :users - 1)
\if :dst_66 >= :src_66
\set dst_66 :dst_66 + 1
\endif
\set src_66_acct 2 * :src_66 + 1
\set dst_66_acct 2 * :dst_66 + 1
\set src_67 random(1, :users)
\set dst_67 random(1, :users - 1)
\if :dst_67 >= :src_67
\set dst_67 :dst_67 + 1
\endif
\set src_67_acct 2 * :src_67 + 1
\set dst_67_acct 2 * :dst_67 + 1
\set src_68 random(1, :users)
\set dst_68 random(1, :users - 1)
\if :dst_68 >= :src_68
\set dst_68 :dst_68 + 1
\endif
\set src_68_acct 2 * :src_68 + 1
\set dst_68_acct 2 * :dst_68 + 1
\set src_69 random(1, :users)
\set dst_69 random(1, :users - 1)
\if :dst_69 >= :src_69
\set dst_69 :dst_69 + 1
\endif
\set src_69_acct 2 * :src_69 + 1
\set dst_69_acct 2 * :dst_69 + 1
\set src_70 random(1, :users)
\set dst_70 random(1, :users - 1)
\if :dst_70 >= :src_70
\set dst_70 :dst_70 + 1
\endif
\set src_70_acct 2 * :src_70 + 1
\set dst_70_acct 2 * :dst_70 + 1
\set src_71 random(1, :users)
\set dst_71 random(1, :users - 1)
\if :dst_71 >= :src_71
\set dst_71 :dst_71 + 1
\endif
\set src_71_acct 2 * :src_71 + 1
\set dst_71_acct 2 * :dst_71 + 1
\set src_72 random(1, :users)
\set dst_72 random(1, :users - 1)
\if :dst_72 >= :src_72
\set dst_72 :dst_72 + 1
\endif
\set src_72_acct 2 * :src_72 + 1
\set dst_72_acct 2 * :dst_72 + 1
\set src_73 random(1, :users)
\set dst_73 random(1, :users - 1)
\if :dst_73 >= :src_73
\set dst_73 :dst_73 + 1
\endif
\set src_73_acct 2 * :src_73 + 1
\set dst_73_acct 2 * :dst_73 + 1
\set src_74 random(1, :users)
\set dst_74 random(1, :users - 1)
\if :dst_74 >= :src_74
\set dst_74 :dst_74 + 1
\endif
\set src_74_acct 2 * :src_74 + 1
\set dst_74_acct 2 * :dst_74 + 1
\set src_75 random(1, :users)
\set dst_75 random(1, :users - 1)
\if :dst_75 >= :src_75
\set dst_75 :dst_75 + 1
\endif
\set src_75_acct 2 * :src_75 + 1
\set dst_75_acct 2 * :dst_75 + 1
\set src_76 random(1, :users)
\set dst_76 random(1, :users - 1)
\if :dst_76 >= :src_76
\set dst_76 :dst_76 + 1
\endif
\set src_76_acct 2 * :src_76 + 1
\set dst_76_acct 2 * :dst_76 + 1
\set src_77 random(1, :users)
\set dst_77 random(1, :users - 1)
\if :dst_77 >= :src_77
\set dst_77 :dst_77 + 1
\endif
\set src_77_acct 2 * :src_77 + 1
\set dst_77_acct 2 * :dst_77 + 1
\set src_78 random(1, :users)
\set dst_78 random(1, :users - 1)
\if :dst_78 >= :src_78
\set dst_78 :dst_78 + 1
\endif
\set src_78_acct 2 * :src_78 + 1
\set dst_78_acct 2 * :dst_78 + 1
\set src_79 random(1, :users)
\set dst_79 random(1, :users - 1)
\if :dst_79 >= :src_79
\set dst_79 :dst_79 + 1
\endif
\set src_79_acct 2 * :src_79 + 1
\set dst_79_acct 2 * :dst_79 + 1
\set src_80 random(1, :users)
\set dst_80 random(1, :users - 1)
\if :dst_80 >= :src_80
\set dst_80 :dst_80 + 1
\endif
\set src_80_acct 2 * :src_80 + 1
\set dst_80_acct 2 * :dst_80 + 1
\set src_81 random(1, :users)
\set dst_81 random(1, :users - 1)
\if :dst_81 >= :src_81
\set dst_81 :dst_81 + 1
\endif
\set src_81_acct 2 * :src_81 + 1
\set dst_81_acct 2 * :dst_81 + 1
\set src_82 random(1, :users)
\set dst_82 random(1, :users - 1)
\if :dst_82 >= :src_82
\set dst_82 :dst_82 + 1
\endif
\set src_82_acct 2 * :src_82 + 1
\set dst_82_acct 2 * :dst_82 + 1
\set src_83 random(1, :users)
\set dst_83 random(1, :users - 1)
\if :dst_83 >= :src_83
\set dst_83 :dst_83 + 1
\endif
\set src_83_acct 2 * :src_83 + 1
\set dst_83_acct 2 * :dst_83 + 1
\set src_84 random(1, :users)
\set dst_84 random(1, :users - 1)
\if :dst_84 >= :src_84
\set dst_84 :dst_84 + 1
\endif
\set src_84_acct 2 * :src_84 + 1
\set dst_84_acct 2 * :dst_84 + 1
\set src_85 random(1, :users)
\set dst_85 random(1, :users - 1)
\if :dst_85 >= :src_85
\set dst_85 :dst_85 + 1
\endif
\set src_85_acct 2 * :src_85 + 1
\set dst_85_acct 2 * :dst_85 + 1
\set src_86 random(1, :users)
\set dst_86 random(1, :users - 1)
\if :dst_86 >= :src_86
\set dst_86 :dst_86 + 1
\endif
\set src_86_acct 2 * :src_86 + 1
\set dst_86_acct 2 * :dst_86 + 1
\set src_87 random(1, :users)
\set dst_87 random(1, :users - 1)
\if :dst_87 >= :src_87
\set dst_87 :dst_87 + 1
\endif
\set src_87_acct 2 * :src_87 + 1
\set dst_87_acct 2 * :dst_87 + 1
\set src_88 random(1, :users)
\set dst_88 random(1, :users - 1)
\if :dst_88 >= :src_88
\set dst_88 :dst_88 + 1
\endif
\set src_88_acct 2 * :src_88 + 1
\set dst_88_acct 2 * :dst_88 + 1
\set src_89 random(1, :users)
\set dst_89 random(1, :users - 1)
\if :dst_89 >= :src_89
\set dst_89 :dst_89 + 1
\endif
\set src_89_acct 2 * :src_89 + 1
\set dst_89_acct 2 * :dst_89 + 1
\set src_90 random(1, :users)
\set dst_90 random(1, :users - 1)
\if :dst_90 >= :src_90
\set dst_90 :dst_90 + 1
\endif
\set src_90_acct 2 * :src_90 + 1
\set dst_90_acct 2 * :dst_90 + 1
\set src_91 random(1, :users)
\set dst_91 random(1, :users - 1)
\if :dst_91 >= :src_91
\set dst_91 :dst_91 + 1
\endif
\set src_91_acct 2 * :src_91 + 1
\set dst_91_acct 2 * :dst_91 + 1
\set src_92 random(1, :users)
\set dst_92 random(1, :users - 1)
\if :dst_92 >= :src_92
\set dst_92 :dst_92 + 1
\endif
\set src_92_acct 2 * :src_92 + 1
\set dst_92_acct 2 * :dst_92 + 1
\set src_93 random(1, :users)
\set dst_93 random(1, :users - 1)
\if :dst_93 >= :src_93
\set dst_93 :dst_93 + 1
\endif
\set src_93_acct 2 * :src_93 + 1
\set dst_93_acct 2 * :dst_93 + 1
\set src_94 random(1, :users)
\set dst_94 random(1, :users - 1)
\if :dst_94 >= :src_94
\set dst_94 :dst_94 + 1
\endif
\set src_94_acct 2 * :src_94 + 1
\set dst_94_acct 2 * :dst_94 + 1
\set src_95 random(1, :users)
\set dst_95 random(1, :users - 1)
\if :dst_95 >= :src_95
\set dst_95 :dst_95 + 1
\endif
\set src_95_acct 2 * :src_95 + 1
\set dst_95_acct 2 * :dst_95 + 1
\set src_96 random(1, :users)
\set dst_96 random(1, :users - 1)
\if :dst_96 >= :src_96
\set dst_96 :dst_96 + 1
\endif
\set src_96_acct 2 * :src_96 + 1
\set dst_96_acct 2 * :dst_96 + 1
\set src_97 random(1, :users)
\set dst_97 random(1, :users - 1)
\if :dst_97 >= :src_97
\set dst_97 :dst_97 + 1
\endif
\set src_97_acct 2 * :src_97 + 1
\set dst_97_acct 2 * :dst_97 + 1
\set src_98 random(1, :users)
\set dst_98 random(1, :users - 1)
\if :dst_98 >= :src_98
\set dst_98 :dst_98 + 1
\endif
\set src_98_acct 2 * :src_98 + 1
\set dst_98_acct 2 * :dst_98 + 1
\set src_99 random(1, :users)
\set dst_99 random(1, :users - 1)
\if :dst_99 >= :src_99
\set dst_99 :dst_99 + 1
\endif
\set src_99_acct 2 * :src_99 + 1
\set dst_99_acct 2 * :dst_99 + 1
-- Django's connection health check (CONN_HEALTH_CHECKS), once per request:
SELECT 1;
BEGIN;
SELECT id, user_id, kind, balance FROM ledger_account WHERE user_id IN (:src_0, :dst_0, :src_1, :dst_1, :src_2, :dst_2, :src_3, :dst_3, :src_4, :dst_4, :src_5, :dst_5, :src_6, :dst_6, :src_7, :dst_7, :src_8, :dst_8, :src_9, :dst_9, :src_10, :dst_10, :src_11, :dst_11, :src_12, :dst_12, :src_13, :dst_13, :src_14, :dst_14, :src_15, :dst_15, :src_16, :dst_16, :src_17, :dst_17, :src_18, :dst_18, :src_19, :dst_19, :src_20, :dst_20, :src_21, :dst_21, :src_22, :dst_22, :src_23, :dst_23, :src_24, :dst_24, :src_25, :dst_25, :src_26, :dst_26, :src_27, :dst_27, :src_28, :dst_28, :src_29, :dst_29, :src_30, :dst_30, :src_31, :dst_31, :src_32, :dst_32, :src_33, :dst_33, :src_34, :dst_34, :src_35, :dst_35, :src_36, :dst_36, :src_37, :dst_37, :src_38, :dst_38, :src_39, :dst_39, :src_40, :dst_40, :src_41, :dst_41, :src_42, :dst_42, :src_43, :dst_43, :src_44, :dst_44, :src_45, :dst_45, :src_46, :dst_46, :src_47, :dst_47, :src_48, :dst_48, :src_49, :dst_49, :src_50, :dst_50, :src_51, :dst_51, :src_52, :dst_52, :src_53, :dst_53, :src_54, :dst_54, :src_55, :dst_55, :src_56, :dst_56, :src_57, :dst_57, :src_58, :dst_58, :src_59, :dst_59, :src_60, :dst_60, :src_61, :dst_61, :src_62, :dst_62, :src_63, :dst_63, :src_64, :dst_64, :src_65, :dst_65, :src_66, :dst_66, :src_67, :dst_67, :src_68, :dst_68, :src_69, :dst_69, :src_70, :dst_70, :src_71, :dst_71, :src_72, :dst_72, :src_73, :dst_73, :src_74, :dst_74, :src_75, :dst_75, :src_76, :dst_76, :src_77, :dst_77, :src_78, :dst_78, :src_79, :dst_79, :src_80, :dst_80, :src_81, :dst_81, :src_82, :dst_82, :src_83, :dst_83, :src_84, :dst_84, :src_85, :dst_85, :src_86, :dst_86, :src_87, :dst_87, :src_88, :dst_88, :src_89, :dst_89, :src_90, :dst_90, :src_91, :dst_91, :src_92, :dst_92, :src_93, :dst_93, :src_94, :dst_94, :src_95, :dst_95, :src_96, :dst_96, :src_97, :dst_97, :src_98, :dst_98, :src_99, :dst_99) AND kind = 'available' ORDER BY id FOR NO KEY UPDATE;

WITH ids AS MATERIALIZED (
    SELECT n, nextval(pg_get_serial_sequence('ledger_transaction', 'id')) AS id
    FROM generate_series(1, 100::bigint) AS n
), txns AS (
    INSERT INTO ledger_transaction
        (id, type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at)
    SELECT ids.id, t.type, t.amount, t.user_id, t.to_user_id, t.reservation_id, t.service_id, t.comment, t.created_at
    FROM unnest('{transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer,transfer}'::varchar[], '{0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01}'::numeric[]::numeric[], '{:src_0,:src_1,:src_2,:src_3,:src_4,:src_5,:src_6,:src_7,:src_8,:src_9,:src_10,:src_11,:src_12,:src_13,:src_14,:src_15,:src_16,:src_17,:src_18,:src_19,:src_20,:src_21,:src_22,:src_23,:src_24,:src_25,:src_26,:src_27,:src_28,:src_29,:src_30,:src_31,:src_32,:src_33,:src_34,:src_35,:src_36,:src_37,:src_38,:src_39,:src_40,:src_41,:src_42,:src_43,:src_44,:src_45,:src_46,:src_47,:src_48,:src_49,:src_50,:src_51,:src_52,:src_53,:src_54,:src_55,:src_56,:src_57,:src_58,:src_59,:src_60,:src_61,:src_62,:src_63,:src_64,:src_65,:src_66,:src_67,:src_68,:src_69,:src_70,:src_71,:src_72,:src_73,:src_74,:src_75,:src_76,:src_77,:src_78,:src_79,:src_80,:src_81,:src_82,:src_83,:src_84,:src_85,:src_86,:src_87,:src_88,:src_89,:src_90,:src_91,:src_92,:src_93,:src_94,:src_95,:src_96,:src_97,:src_98,:src_99}'::int8[]::bigint[], '{:dst_0,:dst_1,:dst_2,:dst_3,:dst_4,:dst_5,:dst_6,:dst_7,:dst_8,:dst_9,:dst_10,:dst_11,:dst_12,:dst_13,:dst_14,:dst_15,:dst_16,:dst_17,:dst_18,:dst_19,:dst_20,:dst_21,:dst_22,:dst_23,:dst_24,:dst_25,:dst_26,:dst_27,:dst_28,:dst_29,:dst_30,:dst_31,:dst_32,:dst_33,:dst_34,:dst_35,:dst_36,:dst_37,:dst_38,:dst_39,:dst_40,:dst_41,:dst_42,:dst_43,:dst_44,:dst_45,:dst_46,:dst_47,:dst_48,:dst_49,:dst_50,:dst_51,:dst_52,:dst_53,:dst_54,:dst_55,:dst_56,:dst_57,:dst_58,:dst_59,:dst_60,:dst_61,:dst_62,:dst_63,:dst_64,:dst_65,:dst_66,:dst_67,:dst_68,:dst_69,:dst_70,:dst_71,:dst_72,:dst_73,:dst_74,:dst_75,:dst_76,:dst_77,:dst_78,:dst_79,:dst_80,:dst_81,:dst_82,:dst_83,:dst_84,:dst_85,:dst_86,:dst_87,:dst_88,:dst_89,:dst_90,:dst_91,:dst_92,:dst_93,:dst_94,:dst_95,:dst_96,:dst_97,:dst_98,:dst_99}'::int8[]::bigint[],
                '{NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL}'::bigint[], '{NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL}'::bigint[], '{"","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","","",""}'::varchar[],
                '{"2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00"}'::timestamptz[]::timestamptz[])
        WITH ORDINALITY AS t(type, amount, user_id, to_user_id, reservation_id, service_id, comment, created_at, n)
    JOIN ids USING (n)
), entries AS (
    INSERT INTO ledger_entry (transaction_id, account_id, user_id, amount, balance_after, created_at)
    SELECT ids.id, e.account_id, e.user_id, e.amount, e.balance_after, e.created_at
    FROM unnest('{1,1,2,2,3,3,4,4,5,5,6,6,7,7,8,8,9,9,10,10,11,11,12,12,13,13,14,14,15,15,16,16,17,17,18,18,19,19,20,20,21,21,22,22,23,23,24,24,25,25,26,26,27,27,28,28,29,29,30,30,31,31,32,32,33,33,34,34,35,35,36,36,37,37,38,38,39,39,40,40,41,41,42,42,43,43,44,44,45,45,46,46,47,47,48,48,49,49,50,50,51,51,52,52,53,53,54,54,55,55,56,56,57,57,58,58,59,59,60,60,61,61,62,62,63,63,64,64,65,65,66,66,67,67,68,68,69,69,70,70,71,71,72,72,73,73,74,74,75,75,76,76,77,77,78,78,79,79,80,80,81,81,82,82,83,83,84,84,85,85,86,86,87,87,88,88,89,89,90,90,91,91,92,92,93,93,94,94,95,95,96,96,97,97,98,98,99,99,100,100}'::int8[]::bigint[], '{:src_0_acct,:dst_0_acct,:src_1_acct,:dst_1_acct,:src_2_acct,:dst_2_acct,:src_3_acct,:dst_3_acct,:src_4_acct,:dst_4_acct,:src_5_acct,:dst_5_acct,:src_6_acct,:dst_6_acct,:src_7_acct,:dst_7_acct,:src_8_acct,:dst_8_acct,:src_9_acct,:dst_9_acct,:src_10_acct,:dst_10_acct,:src_11_acct,:dst_11_acct,:src_12_acct,:dst_12_acct,:src_13_acct,:dst_13_acct,:src_14_acct,:dst_14_acct,:src_15_acct,:dst_15_acct,:src_16_acct,:dst_16_acct,:src_17_acct,:dst_17_acct,:src_18_acct,:dst_18_acct,:src_19_acct,:dst_19_acct,:src_20_acct,:dst_20_acct,:src_21_acct,:dst_21_acct,:src_22_acct,:dst_22_acct,:src_23_acct,:dst_23_acct,:src_24_acct,:dst_24_acct,:src_25_acct,:dst_25_acct,:src_26_acct,:dst_26_acct,:src_27_acct,:dst_27_acct,:src_28_acct,:dst_28_acct,:src_29_acct,:dst_29_acct,:src_30_acct,:dst_30_acct,:src_31_acct,:dst_31_acct,:src_32_acct,:dst_32_acct,:src_33_acct,:dst_33_acct,:src_34_acct,:dst_34_acct,:src_35_acct,:dst_35_acct,:src_36_acct,:dst_36_acct,:src_37_acct,:dst_37_acct,:src_38_acct,:dst_38_acct,:src_39_acct,:dst_39_acct,:src_40_acct,:dst_40_acct,:src_41_acct,:dst_41_acct,:src_42_acct,:dst_42_acct,:src_43_acct,:dst_43_acct,:src_44_acct,:dst_44_acct,:src_45_acct,:dst_45_acct,:src_46_acct,:dst_46_acct,:src_47_acct,:dst_47_acct,:src_48_acct,:dst_48_acct,:src_49_acct,:dst_49_acct,:src_50_acct,:dst_50_acct,:src_51_acct,:dst_51_acct,:src_52_acct,:dst_52_acct,:src_53_acct,:dst_53_acct,:src_54_acct,:dst_54_acct,:src_55_acct,:dst_55_acct,:src_56_acct,:dst_56_acct,:src_57_acct,:dst_57_acct,:src_58_acct,:dst_58_acct,:src_59_acct,:dst_59_acct,:src_60_acct,:dst_60_acct,:src_61_acct,:dst_61_acct,:src_62_acct,:dst_62_acct,:src_63_acct,:dst_63_acct,:src_64_acct,:dst_64_acct,:src_65_acct,:dst_65_acct,:src_66_acct,:dst_66_acct,:src_67_acct,:dst_67_acct,:src_68_acct,:dst_68_acct,:src_69_acct,:dst_69_acct,:src_70_acct,:dst_70_acct,:src_71_acct,:dst_71_acct,:src_72_acct,:dst_72_acct,:src_73_acct,:dst_73_acct,:src_74_acct,:dst_74_acct,:src_75_acct,:dst_75_acct,:src_76_acct,:dst_76_acct,:src_77_acct,:dst_77_acct,:src_78_acct,:dst_78_acct,:src_79_acct,:dst_79_acct,:src_80_acct,:dst_80_acct,:src_81_acct,:dst_81_acct,:src_82_acct,:dst_82_acct,:src_83_acct,:dst_83_acct,:src_84_acct,:dst_84_acct,:src_85_acct,:dst_85_acct,:src_86_acct,:dst_86_acct,:src_87_acct,:dst_87_acct,:src_88_acct,:dst_88_acct,:src_89_acct,:dst_89_acct,:src_90_acct,:dst_90_acct,:src_91_acct,:dst_91_acct,:src_92_acct,:dst_92_acct,:src_93_acct,:dst_93_acct,:src_94_acct,:dst_94_acct,:src_95_acct,:dst_95_acct,:src_96_acct,:dst_96_acct,:src_97_acct,:dst_97_acct,:src_98_acct,:dst_98_acct,:src_99_acct,:dst_99_acct}'::int8[]::bigint[], '{:src_0,:dst_0,:src_1,:dst_1,:src_2,:dst_2,:src_3,:dst_3,:src_4,:dst_4,:src_5,:dst_5,:src_6,:dst_6,:src_7,:dst_7,:src_8,:dst_8,:src_9,:dst_9,:src_10,:dst_10,:src_11,:dst_11,:src_12,:dst_12,:src_13,:dst_13,:src_14,:dst_14,:src_15,:dst_15,:src_16,:dst_16,:src_17,:dst_17,:src_18,:dst_18,:src_19,:dst_19,:src_20,:dst_20,:src_21,:dst_21,:src_22,:dst_22,:src_23,:dst_23,:src_24,:dst_24,:src_25,:dst_25,:src_26,:dst_26,:src_27,:dst_27,:src_28,:dst_28,:src_29,:dst_29,:src_30,:dst_30,:src_31,:dst_31,:src_32,:dst_32,:src_33,:dst_33,:src_34,:dst_34,:src_35,:dst_35,:src_36,:dst_36,:src_37,:dst_37,:src_38,:dst_38,:src_39,:dst_39,:src_40,:dst_40,:src_41,:dst_41,:src_42,:dst_42,:src_43,:dst_43,:src_44,:dst_44,:src_45,:dst_45,:src_46,:dst_46,:src_47,:dst_47,:src_48,:dst_48,:src_49,:dst_49,:src_50,:dst_50,:src_51,:dst_51,:src_52,:dst_52,:src_53,:dst_53,:src_54,:dst_54,:src_55,:dst_55,:src_56,:dst_56,:src_57,:dst_57,:src_58,:dst_58,:src_59,:dst_59,:src_60,:dst_60,:src_61,:dst_61,:src_62,:dst_62,:src_63,:dst_63,:src_64,:dst_64,:src_65,:dst_65,:src_66,:dst_66,:src_67,:dst_67,:src_68,:dst_68,:src_69,:dst_69,:src_70,:dst_70,:src_71,:dst_71,:src_72,:dst_72,:src_73,:dst_73,:src_74,:dst_74,:src_75,:dst_75,:src_76,:dst_76,:src_77,:dst_77,:src_78,:dst_78,:src_79,:dst_79,:src_80,:dst_80,:src_81,:dst_81,:src_82,:dst_82,:src_83,:dst_83,:src_84,:dst_84,:src_85,:dst_85,:src_86,:dst_86,:src_87,:dst_87,:src_88,:dst_88,:src_89,:dst_89,:src_90,:dst_90,:src_91,:dst_91,:src_92,:dst_92,:src_93,:dst_93,:src_94,:dst_94,:src_95,:dst_95,:src_96,:dst_96,:src_97,:dst_97,:src_98,:dst_98,:src_99,:dst_99}'::int8[]::bigint[],
                '{-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01,-0.01,0.01}'::numeric[]::numeric[], '{999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.98,1000001.02}'::numeric[]::numeric[], '{"2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00","2026-11-24 00:10:20.502442+00:00"}'::timestamptz[]::timestamptz[])
        AS e(n, account_id, user_id, amount, balance_after, created_at)
    JOIN ids USING (n)
), balances AS (
    UPDATE ledger_account SET balance = new.balance
    FROM unnest('{:src_0_acct,:dst_0_acct,:src_1_acct,:dst_1_acct,:src_2_acct,:dst_2_acct,:src_3_acct,:dst_3_acct,:src_4_acct,:dst_4_acct,:src_5_acct,:dst_5_acct,:src_6_acct,:dst_6_acct,:src_7_acct,:dst_7_acct,:src_8_acct,:dst_8_acct,:src_9_acct,:dst_9_acct,:src_10_acct,:dst_10_acct,:src_11_acct,:dst_11_acct,:src_12_acct,:dst_12_acct,:src_13_acct,:dst_13_acct,:src_14_acct,:dst_14_acct,:src_15_acct,:dst_15_acct,:src_16_acct,:dst_16_acct,:src_17_acct,:dst_17_acct,:src_18_acct,:dst_18_acct,:src_19_acct,:dst_19_acct,:src_20_acct,:dst_20_acct,:src_21_acct,:dst_21_acct,:src_22_acct,:dst_22_acct,:src_23_acct,:dst_23_acct,:src_24_acct,:dst_24_acct,:src_25_acct,:dst_25_acct,:src_26_acct,:dst_26_acct,:src_27_acct,:dst_27_acct,:src_28_acct,:dst_28_acct,:src_29_acct,:dst_29_acct,:src_30_acct,:dst_30_acct,:src_31_acct,:dst_31_acct,:src_32_acct,:dst_32_acct,:src_33_acct,:dst_33_acct,:src_34_acct,:dst_34_acct,:src_35_acct,:dst_35_acct,:src_36_acct,:dst_36_acct,:src_37_acct,:dst_37_acct,:src_38_acct,:dst_38_acct,:src_39_acct,:dst_39_acct,:src_40_acct,:dst_40_acct,:src_41_acct,:dst_41_acct,:src_42_acct,:dst_42_acct,:src_43_acct,:dst_43_acct,:src_44_acct,:dst_44_acct,:src_45_acct,:dst_45_acct,:src_46_acct,:dst_46_acct,:src_47_acct,:dst_47_acct,:src_48_acct,:dst_48_acct,:src_49_acct,:dst_49_acct,:src_50_acct,:dst_50_acct,:src_51_acct,:dst_51_acct,:src_52_acct,:dst_52_acct,:src_53_acct,:dst_53_acct,:src_54_acct,:dst_54_acct,:src_55_acct,:dst_55_acct,:src_56_acct,:dst_56_acct,:src_57_acct,:dst_57_acct,:src_58_acct,:dst_58_acct,:src_59_acct,:dst_59_acct,:src_60_acct,:dst_60_acct,:src_61_acct,:dst_61_acct,:src_62_acct,:dst_62_acct,:src_63_acct,:dst_63_acct,:src_64_acct,:dst_64_acct,:src_65_acct,:dst_65_acct,:src_66_acct,:dst_66_acct,:src_67_acct,:dst_67_acct,:src_68_acct,:dst_68_acct,:src_69_acct,:dst_69_acct,:src_70_acct,:dst_70_acct,:src_71_acct,:dst_71_acct,:src_72_acct,:dst_72_acct,:src_73_acct,:dst_73_acct,:src_74_acct,:dst_74_acct,:src_75_acct,:dst_75_acct,:src_76_acct,:dst_76_acct,:src_77_acct,:dst_77_acct,:src_78_acct,:dst_78_acct,:src_79_acct,:dst_79_acct,:src_80_acct,:dst_80_acct,:src_81_acct,:dst_81_acct,:src_82_acct,:dst_82_acct,:src_83_acct,:dst_83_acct,:src_84_acct,:dst_84_acct,:src_85_acct,:dst_85_acct,:src_86_acct,:dst_86_acct,:src_87_acct,:dst_87_acct,:src_88_acct,:dst_88_acct,:src_89_acct,:dst_89_acct,:src_90_acct,:dst_90_acct,:src_91_acct,:dst_91_acct,:src_92_acct,:dst_92_acct,:src_93_acct,:dst_93_acct,:src_94_acct,:dst_94_acct,:src_95_acct,:dst_95_acct,:src_96_acct,:dst_96_acct,:src_97_acct,:dst_97_acct,:src_98_acct,:dst_98_acct,:src_99_acct,:dst_99_acct}'::int8[]::bigint[], '{999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.99,1000000.01,999999.98,1000001.02}'::numeric[]::numeric[]) AS new(id, balance)
    WHERE ledger_account.id = new.id
)
SELECT id FROM ids ORDER BY n
;
COMMIT;
